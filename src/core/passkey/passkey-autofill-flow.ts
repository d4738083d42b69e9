import type { FlowContext } from '../flow-context.js';
import { AuthError } from '../errors.js';
import type { Session } from '../types.js';
import { rememberedPasskeyUser } from './remembered-passkey-user.js';
import { passkeysSupported } from './support.js';

/** Cognito's challenge session lasts 3 minutes: a fresh one just before, so a passkey picked late still signs in. */
export const AUTOFILL_RENEW_MS = 170_000;

interface ConditionalMediation {
  isConditionalMediationAvailable?(): Promise<boolean>;
}

async function conditionalMediationAvailable(): Promise<boolean> {
  if (!passkeysSupported()) return false;
  try {
    return (await (window.PublicKeyCredential as unknown as ConditionalMediation).isConditionalMediationAvailable?.()) === true;
  } catch {
    return false;
  }
}

// Bundlers replace process.env.NODE_ENV in the app's build; a page without one has no `process` at all.
declare const process: { env: { NODE_ENV?: string } } | undefined;
const inDevelopment = () => typeof process === 'undefined' || process.env.NODE_ENV !== 'production';

/**
 * The email field's passkey autofill (`mediation: 'conditional'`) for the user remembered on this device: USER_AUTH
 * with WEB_AUTHN preferred for that username, then a browser request that waits, with no dialog, until the user
 * picks the passkey in the field's suggestions. Resolves to the session, or to null when there is nothing to offer
 * (no remembered user, no conditional mediation, Cognito no longer offers WEB_AUTHN) or `signal` aborted it: any
 * other sign-in must abort it first, as a browser runs one WebAuthn request at a time. Rejects with an AuthError
 * for a failure the app may log; LoginForm ignores them, autofill being a shortcut, not a way of its own.
 */
export async function signInWithPasskeyAutofill(context: FlowContext, signal: AbortSignal): Promise<Session | null> {
  const { config, transport, store } = context;
  const remembered = rememberedPasskeyUser(config);
  const username = remembered.get();
  if (config.authFlow !== 'USER_AUTH' || !username || !(await conditionalMediationAvailable())) return null;
  // Another sign-in (the form submitted, a headless signIn) reaches a step or the session: the autofill gives way,
  // as a browser runs one WebAuthn request at a time and the user chose another way.
  const stopped = new AbortController();
  const stop = () => stopped.abort();
  signal.addEventListener('abort', stop);
  const unsubscribe = store.subscribe(() => /^(challenge|signedIn)$/.test(store.getState().status) && stop());
  try {
    while (!signal.aborted && !stopped.signal.aborted) {
      const round = new AbortController();
      const end = () => round.abort();
      stopped.signal.addEventListener('abort', end);
      const renew = setTimeout(end, AUTOFILL_RENEW_MS);
      try {
        const offered = await transport.signIn(username, undefined, 'USER_AUTH', { preferredChallenge: 'WEB_AUTHN' });
        if (offered.kind !== 'challenge' || offered.step.step !== 'passkey') {
          // The passkeys were deleted elsewhere, or the pool stopped allowing them: nothing to offer any more.
          remembered.forget();
          return null;
        }
        if (stopped.signal.aborted) return null;
        const outcome = await offered.answer({ kind: 'passkey', conditional: round.signal });
        // A passkey is a whole sign-in: Cognito asks for nothing after it.
        return outcome.kind === 'tokens' ? await context.establish(outcome.tokens) : null;
      } catch (err) {
        if (round.signal.aborted) continue;
        const code = err instanceof AuthError ? err.code : (err as { code?: string } | null)?.code;
        // Deleted elsewhere: Cognito names it here only where the pool reveals who has an account.
        if (code === 'UserNotFoundException') remembered.forget();
        if (code === 'passkeyRelyingParty' && inDevelopment()) console.warn(`react-cognito-kit: passkey autofill is off here. ${(err as Error).message}`);
        if (code === 'passkeyCancelled') return null;
        return await context.fail('signIn')(err);
      } finally {
        clearTimeout(renew);
        stopped.signal.removeEventListener('abort', end);
      }
    }
    return null;
  } finally {
    unsubscribe();
    signal.removeEventListener('abort', stop);
  }
}
