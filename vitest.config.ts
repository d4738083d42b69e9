import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const react18 = join(__dirname, 'test/.tmp/react18/node_modules');

// Every test suite in one run: `npm test` runs them all; `vitest run --project <name>` runs one.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: false,
    restoreMocks: true,
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores, one file at a time. Most files wait on
    // timers, an emulator or a browser rather than compute, so two at once nearly halve the run (e2e stays one
    // file at a time: fileParallelism false below).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['test/core/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['test/react/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/react/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'stories',
          // Every Storybook story rendered with its play function and axe (portable stories), and the testing entry.
          include: ['test/stories/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/stories/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // The same component tests on React 18: `react` and `react-dom` point at a React 18 install, and the
        // libraries that import React are inlined so they get the alias too.
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: join(react18, 'react/index.js') },
            { find: /^react\/(.*)$/, replacement: join(react18, 'react/$1') },
            { find: /^react-dom$/, replacement: join(react18, 'react-dom/index.js') },
            { find: /^react-dom\/(.*)$/, replacement: join(react18, 'react-dom/$1') },
            // Its CommonJS build would `require` React past the alias; the ESM build goes through it.
            {
              find: /^@testing-library\/react$/,
              replacement: join(__dirname, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
            },
          ],
        },
        test: {
          name: 'react18',
          include: [
            'test/react/login-form.test.tsx',
            'test/react/register-form.test.tsx',
            'test/react/protected-route.test.tsx',
            'test/react18/**/*.test.tsx',
          ],
          environment: 'jsdom',
          setupFiles: ['test/react/setup.ts'],
          globalSetup: ['test/react18/install-react-18.ts'],
          testTimeout: 30_000,
          server: { deps: { inline: ['@tanstack/react-query', '@testing-library/react'] } },
        },
      },
      {
        extends: true,
        test: { name: 'harness', include: ['test/harness/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Real Chromium and Vite builds: one file at a time on a 2-core machine, after the other projects.
          fileParallelism: false,
          // In one worker that keeps its modules between files: each file's fresh import of Vite, Playwright and the
          // emulator cost about 5 s. Every file starts and stops its own emulator, servers and Chromium.
          isolate: false,
          sequence: { groupOrder: 1 },
          // The tests pack dist/: build it first when src/ is newer (never test a stale build).
          globalSetup: ['test/e2e-support/global-setup.ts'],
        },
      },
    ],
  },
});
