import { AuthError } from '../errors.js';

/** The relying party the options name, and this page's host: what a mismatch message needs. */
export interface PasskeyContext {
  rpId?: string;
}

const host = () => (typeof location === 'undefined' ? 'this page' : location.hostname);

/** The hint for a relying-party id that does not fit the page: the one setting that fixes it. */
export const relyingPartyHint = (rpId: string | undefined) =>
  `This site cannot use passkeys${rpId ? ` for "${rpId}"` : ''}: the user pool's WebAuthn relying party id (WebAuthnConfiguration.RelyingPartyId, webAuthn.relyingPartyId in the test harness) must be ${host()} or a parent domain of it.`;

/**
 * What the browser's WebAuthn call failed with, as an AuthError. Browsers answer NotAllowedError both when the user
 * cancels and when no passkey for this site is on the device (on purpose: a page must not learn which), so one code
 * covers both and its message says so.
 */
export function passkeyError(err: unknown, context: PasskeyContext = {}): AuthError {
  const name = (err as { name?: string } | null)?.name;
  const make = (code: ConstructorParameters<typeof AuthError>[0], message: string) => new AuthError(code, message, { cause: err });
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return make('passkeyCancelled', 'The passkey was not used: cancelled, or this device has no passkey for this site. Try again or choose another way.');
    case 'InvalidStateError':
      return make('passkeyExists', 'This device already has a passkey for this account.');
    case 'SecurityError':
      return make('passkeyRelyingParty', relyingPartyHint(context.rpId));
    case 'NotSupportedError':
      return make('passkeyUnsupported', passkeyUnsupportedMessage);
  }
  return err instanceof AuthError ? err : make('unknown', 'The passkey could not be used. Try again or choose another way.');
}

export const passkeyUnsupportedMessage = 'This browser cannot use passkeys. Choose another way to sign in.';
