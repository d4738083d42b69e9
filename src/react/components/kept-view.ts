import type { ResolvedConfig } from '../../core/config.js';
import type { AuthenticatorView } from './Authenticator.js';
import { readPendingStep } from './pending-step-store.js';

/** The Authenticator view whose code step a reload left on screen (that view's form then reopens the step). */
export function keptView(config: Pick<ResolvedConfig, 'storageKey' | 'loginMechanisms'>): AuthenticatorView | undefined {
  if (readPendingStep(config, 'register')) return 'register';
  if (readPendingStep(config, 'reset')) return 'forgotPassword';
  return undefined;
}
