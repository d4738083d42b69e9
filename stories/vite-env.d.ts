// Vite's client types for stories, Storybook and the story tests: `import.meta.glob`, `?raw` imports.
/// <reference types="vite/client" />
