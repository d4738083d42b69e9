// The SDK's `buffer@4` polyfill reads a Node-style `global` when it loads; browsers only have `globalThis`.
// This module is imported right before the SDK so apps need no `define: { global: 'globalThis' }`.
const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
if (typeof scope.global === 'undefined') scope.global = globalThis;

export {};
