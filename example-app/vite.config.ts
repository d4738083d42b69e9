import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain Vite + React config: the kit needs no `define`, alias or polyfill. `npm start` adds the dev server's
// proxy for /api and /dev (the demo API) and the VITE_COGNITO_* variables.
export default defineConfig({
  plugins: [react()],
});
