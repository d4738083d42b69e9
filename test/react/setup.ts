import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Real network round trips and SRP maths: on a busy 2-core machine they can take seconds, not RTL's 1 s default.
configure({ asyncUtilTimeout: 8_000 });

afterEach(() => {
  cleanup();
  // Optional: a test may run in Node (`@vitest-environment node`, the server-rendering checks).
  globalThis.localStorage?.clear();
  // A code step in progress is kept there for a reload; each test starts in a fresh tab.
  globalThis.sessionStorage?.clear();
});
