import type { MessageOverrides } from './messages.js';

/** Defaults with overrides on top; deep enough: `errors` is the only nested map. */
export function mergeMessages<M extends { errors: Record<string, string> }>(base: M, overrides: MessageOverrides | undefined): M {
  if (!overrides) return base;
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } } as M;
}
