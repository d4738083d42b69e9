import { onDemand } from '../on-demand.js';

// The SRP maths (the 3072-bit group, modPow, SHA-256) is a third of the core's bytes and only a sign-in needs it,
// so it is its own chunk: a page that shows a signed-in user never downloads it. LoginForm asks for it on mount,
// so it is there by the time someone presses "Sign in".
export const loadSrp = onDemand(() => import('./srp-client.js'));
