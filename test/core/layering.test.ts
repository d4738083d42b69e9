import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);

describe('layering (design.md)', () => {
  it('the core never imports React', () => {
    const offenders = filesUnder(join(root, 'src/core')).filter((file) => importsOf(file).some((spec) => /^react(-dom)?($|\/)|@tanstack\/react-query/.test(spec ?? '')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('exactly one file imports amazon-cognito-identity-js', () => {
    const importers = filesUnder(join(root, 'src')).filter((file) => importsOf(file).some((spec) => spec?.startsWith('amazon-cognito-identity-js')));
    expect(importers.map((f) => relative(root, f))).toEqual(['src/core/cognito-transport.ts']);
  });
});
