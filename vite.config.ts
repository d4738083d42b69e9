import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

// The stylesheet is its own export ("react-cognito-kit/styles.css"), not imported by the JS, so ship it as is.
const emitStylesheet = (): Plugin => ({
  name: 'rck-emit-stylesheet',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/styles.css', 'utf8') });
  },
});

// The SRP worker stays a file of its own in dist/ (core/srp/srp-worker.js), started by
// `new Worker(new URL('./srp-worker.js', import.meta.url), { type: 'module' })`, which the app's bundler (Vite,
// webpack 5) turns into a chunk, and which a browser loading dist/ unbundled follows as it is. Vite's own worker
// plugin would bundle it into the library instead, so the URL is hidden from it here and written back as '.js'.
const WORKER_URL = "new URL('./srp-worker.ts', import.meta.url)";
const keepSrpWorkerUrl = (): Plugin => ({
  name: 'rck-keep-srp-worker-url',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/start-srp-worker.ts')) return undefined;
    if (!code.includes(WORKER_URL)) this.error(`start-srp-worker.ts no longer says ${WORKER_URL}`);
    // Same line, same columns before it: the source map stays right (map: null keeps it).
    return { code: code.replace(WORKER_URL, "new URL(['./srp-worker', 'js'].join('.'), import.meta.url)"), map: null };
  },
  renderChunk(code) {
    const hidden = /\[["']\.\/srp-worker["'], ["']js["']\]\.join\(["']\.["']\)/;
    return hidden.test(code) ? { code: code.replace(hidden, '"./srp-worker.js"'), map: null } : undefined;
  },
});

// The entries list their imports in the order the modules run, so core/errors.ts comes first (config.ts, the
// first module of the client, imports it). An app built from dist/ with Vite 8.3 (Rolldown 1.2) then sees
// errors.js run before the modules the lazy chunks share with the first load, calls it a cycle and leaves it a
// second first-load file (~170 B and a request; test/bench/byte-budget.ts weighs the packed package and fails).
// Listed last it changes nothing else: every kit module is free of side effects and imports errors.js itself
// where it needs it.
const ENTRIES = new Set(['index.js', 'core/index.js']);
const errorsImportLast = (): Plugin => ({
  name: 'rck-errors-import-last',
  renderChunk(code, chunk) {
    if (!chunk.isEntry || !ENTRIES.has(chunk.fileName)) return undefined;
    const errors = /^import [^\n]*from "\.\/(?:core\/)?errors\.js";\n/m.exec(code);
    if (!errors) this.error(`${chunk.fileName} no longer imports errors.js: update rck-errors-import-last`);
    const rest = code.slice(0, errors.index) + code.slice(errors.index + errors[0].length);
    const lastImport = [...rest.matchAll(/^import [^\n]*;\n/gm)].pop()!;
    const at = lastImport.index + lastImport[0].length;
    return { code: rest.slice(0, at) + errors[0] + rest.slice(at), map: null };
  },
});

const locales = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'ja', 'ko', 'zh-CN', 'ar', 'he'];

const external = [/^qrcode-generator($|\/)/, /^libphonenumber-js($|\/)/, /^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^amazon-cognito-identity-js($|\/)/];

export default defineConfig({
  plugins: [emitStylesheet(), keepSrpWorkerUrl(), errorsImportLast()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      // `testing` is its own entry (react-cognito-kit/testing): the main entry never imports it. `core` is the
      // entry without React (react-cognito-kit/core), for servers and headless use.
      entry: {
        index: 'src/index.ts',
        'core/index': 'src/core/index.ts',
        'testing/index': 'src/testing/index.ts',
        'core/srp/srp-worker': 'src/core/srp/srp-worker.ts',
        // One entry per locale pack (react-cognito-kit/locales/<code>): an app ships only the packs it imports.
        ...Object.fromEntries(locales.map((code) => [`locales/${code}/index`, `src/locales/${code}/index.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // One module per file keeps each "use client" where it was; the bundler's warning assumes merging.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      output: {
        // One file per module lets apps tree-shake what they do not use.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
