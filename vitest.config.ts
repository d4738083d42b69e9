import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Every test suite in one run: `npm test` runs them all; `vitest run --project <name>` runs one.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: false,
    restoreMocks: true,
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
          // Real Chromium and Vite builds: one file at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
