import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Storybook's Vite config (see main.ts): React and nothing else; the kit is imported from src/ like an app would.
export default defineConfig({
  plugins: [react()],
});
