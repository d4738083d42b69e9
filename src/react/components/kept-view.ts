import type { AuthenticatorView } from './Authenticator.js';
import { readPendingStep } from './pending-step-store.js';

/** The Authenticator view whose code step a reload left on screen (that view's form then reopens the step). */
export function keptView(storageKey: string): AuthenticatorView | undefined {
  if (readPendingStep(storageKey, 'register')) return 'register';
  if (readPendingStep(storageKey, 'reset')) return 'forgotPassword';
  return undefined;
}
