import '@testing-library/jest-dom/vitest';
import { setProjectAnnotations } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import preview from '../../.storybook/preview.js';

// The stories get exactly the decorators, globals and parameters Storybook gives them; only the mock's
// per-call delay is shorter (300 ms shows designers the pending states; stories that test those use hang()).
setProjectAnnotations([preview, { parameters: { auth: { delay: 10 } } }]);

afterEach(() => {
  cleanup();
});
