import type * as SrpClient from './srp-client.js';

// The SRP maths (the 3072-bit group, modPow, SHA-256) is a third of the core's bytes and only a sign-in needs it,
// so it is its own chunk: a page that shows a signed-in user never downloads it. LoginForm asks for it on mount,
// so it is there by the time someone presses "Sign in".
let loading: Promise<typeof SrpClient> | undefined;

export function loadSrp(): Promise<typeof SrpClient> {
  loading ??= import('./srp-client.js').catch((error: unknown) => {
    loading = undefined; // a failed chunk download (offline) is retried on the next sign-in
    throw error;
  });
  return loading;
}
