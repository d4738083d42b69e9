import type { ResolvedConfig } from '../../core/config.js';
import { isSoundIdentifier } from '../fields/identifier-kind.js';
import { pendingStepKey } from './pending-step.js';

/**
 * A code step on screen, kept in sessionStorage so a reload comes back to it: who the code is for and where it
 * went (as Cognito masked it). Never a password or a code. Only the steps' chunk reads and writes it; the first
 * load only looks whether there is one (pending-step.ts).
 */
export interface PendingStep {
  /** The form that opened it, and the only one that reopens it ('signIn': LoginForm, for an unconfirmed account). */
  form: 'register' | 'signIn' | 'reset';
  username: string;
  destination?: string;
  /** Cognito's DeliveryMedium ('EMAIL' or 'SMS'): the step names where the code went. */
  medium?: string;
}

// Where sessionStorage is missing or blocked it throws (and a full one throws on writes): then a reload simply
// starts over, as it did before steps were kept.
const attempt = (run: () => void) => {
  try {
    run();
  } catch {
    /* nothing kept */
  }
};

/**
 * Keeps `step` for a reload while it is on screen, as an effect: written when the page is hidden or left (a
 * reload; a switch to the mail app, after which a phone may discard the tab), so a page that is never left writes
 * nothing. Returns the cleanup: the step ended (confirmed, left, its form gone once signed in), so it is removed.
 */
export function keepForReload({ storageKey, keepSteps }: ResolvedConfig, step: PendingStep): (() => void) | undefined {
  // 'memory' promises nothing in Web Storage.
  if (!keepSteps) return undefined;
  const key = pendingStepKey(storageKey);
  const save = (event: Event) => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') attempt(() => sessionStorage.setItem(key, JSON.stringify({ ...step, at: Date.now() })));
  };
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', save);
  return () => {
    removeEventListener('pagehide', save);
    document.removeEventListener('visibilitychange', save);
    attempt(() => sessionStorage.getItem(key) !== null && sessionStorage.removeItem(key));
  };
}

/**
 * This form's kept step, if there is one; anything else under the key (not JSON, another shape, stale, a username
 * this pool could not have) is ignored.
 */
export function readPendingStep({ storageKey, loginMechanisms }: Pick<ResolvedConfig, 'storageKey' | 'loginMechanisms'>, form: PendingStep['form']): PendingStep | undefined {
  try {
    const step = JSON.parse(sessionStorage.getItem(pendingStepKey(storageKey)) ?? 'null') as (Partial<PendingStep> & { at?: unknown }) | null;
    const { username, destination, medium, at } = step ?? {};
    // A step left for longer than a reset code lives (1 h) is over: a form that opens then starts afresh.
    const fresh = typeof at === 'number' && Math.abs(Date.now() - at) < 3_600_000;
    if (step?.form === form && fresh && typeof username === 'string' && isSoundIdentifier(username, loginMechanisms)) {
      return {
        form,
        username,
        destination: typeof destination === 'string' ? destination : undefined,
        medium: medium === 'SMS' || medium === 'EMAIL' ? medium : undefined,
      };
    }
  } catch {
    /* no storage, or not JSON */
  }
  return undefined;
}
