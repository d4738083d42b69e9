import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);

/** Every module specifier in a file, as TypeScript reads them: imports, re-exports, `import type`, and `import()`. */
const specifiersOf = (file: string) => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);

/** A relative specifier as the bundler resolves it in src/: `./x.js` is `./x.ts` (or `.tsx`), a folder its index. */
function resolveSource(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  if (!found) throw new Error(`${relative(root, from)} imports ${specifier}, which resolves to no file`);
  return found;
}

/** The module graph from `entry`, static and dynamic imports alike (a lazy chunk still ships with the entry). */
function moduleGraph(entry: string): { files: string[]; packages: { from: string; specifier: string }[] } {
  const files = new Set<string>();
  const packages: { from: string; specifier: string }[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith('.')) visit(resolveSource(file, specifier));
      else packages.push({ from: relative(root, file), specifier });
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(root, f)).sort(), packages };
}

const reactPackages = /^(react|react-dom|@tanstack\/react-query)($|\/)/;

describe('layering (design.md)', () => {
  it('react-cognito-kit/core (src/core/index.ts) reaches no React, react-query or React layer, lazy chunks included', () => {
    const graph = moduleGraph(join(root, 'src/core/index.ts'));
    // The walk follows `import()`: the wire layer and the SRP chunk are in it, or this test proves nothing.
    expect(graph.files).toEqual(expect.arrayContaining(['src/core/auth-client.ts', 'src/core/cognito-transport.ts', 'src/core/srp/srp-client.ts']));
    expect(graph.files.filter((file) => !file.startsWith('src/core/'))).toEqual([]);
    expect(graph.packages.filter(({ specifier }) => reactPackages.test(specifier))).toEqual([]);
    // The one package a server needs besides the kit: the SDK's wire client (amazon-cognito-identity-js stays a required peer).
    expect([...new Set(graph.packages.map(({ specifier }) => specifier.replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1')))]).toEqual(['amazon-cognito-identity-js']);
  });

  it('the core never imports React', () => {
    const offenders = filesUnder(join(root, 'src/core')).filter((file) => importsOf(file).some((spec) => /^react(-dom)?($|\/)|@tanstack\/react-query/.test(spec ?? '')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('exactly one file imports amazon-cognito-identity-js', () => {
    const importers = filesUnder(join(root, 'src')).filter((file) => importsOf(file).some((spec) => spec?.startsWith('amazon-cognito-identity-js')));
    expect(importers.map((f) => relative(root, f))).toEqual(['src/core/cognito-transport.ts']);
  });
});
