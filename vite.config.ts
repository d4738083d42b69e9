import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

// The stylesheet is its own export ("react-cognito-kit/styles.css"), not imported by the JS, so ship it as is.
const emitStylesheet = (): Plugin => ({
  name: 'rck-emit-stylesheet',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/styles.css', 'utf8') });
  },
});

const locales = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'ja', 'ko', 'zh-CN', 'ar', 'he'];

const external = [/^qrcode-generator($|\/)/, /^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^amazon-cognito-identity-js($|\/)/];

export default defineConfig({
  plugins: [emitStylesheet()],
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
