import { randomBytes } from 'node:crypto';
import { NotAuthorizedError } from 'cognito-local/lib/errors.js';
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server';
import { decodeClientDataJSON, isoBase64URL } from '@simplewebauthn/server/helpers';
import type { StoredPasskey } from './passkey-store';
import { WebAuthnError, originAllowed, type RelyingParty } from './webauthn-configuration';

/** The WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS (a JSON string: ChallengeParameters are strings). */
export function credentialRequestOptions(rp: RelyingParty, passkeys: readonly StoredPasskey[]): { challenge: string; json: string } {
  const challenge = randomBytes(32).toString('base64url');
  const json = JSON.stringify({
    challenge,
    rpId: rp.id,
    timeout: 180_000,
    allowCredentials: passkeys.map((p) => ({ type: 'public-key', id: p.CredentialId, transports: p.Transports })),
    userVerification: rp.userVerification,
  });
  return { challenge, json };
}

const REFUSED = 'Invalid credential.';

function authenticationResponse(credential: unknown): AuthenticationResponseJSON {
  try {
    const r = (typeof credential === 'string' ? JSON.parse(credential) : credential) as Partial<AuthenticationResponseJSON>;
    if (typeof r.id === 'string' && typeof r.response?.clientDataJSON === 'string' && typeof r.response.authenticatorData === 'string' && typeof r.response.signature === 'string') {
      return r as AuthenticationResponseJSON;
    }
  } catch {
    // refused below
  }
  throw new NotAuthorizedError(REFUSED);
}

/**
 * The CREDENTIAL of a WEB_AUTHN answer checked with @simplewebauthn/server: one of the user's passkeys, the challenge of
 * this sign-in session, an origin the relying party allows (else WebAuthnOriginNotAllowedException), the RP id hash,
 * user verification when the pool requires it, the signature, and a signature counter above the stored one when the
 * authenticator counts. Any other failure — a tampered assertion — is NotAuthorizedException. Returns the new counter.
 */
export async function verifyAssertion(credential: unknown, challenge: string, rp: RelyingParty, passkeys: readonly StoredPasskey[]): Promise<{ id: string; counter: number }> {
  const response = authenticationResponse(credential);
  const passkey = passkeys.find((p) => p.CredentialId === response.id);
  if (!passkey) throw new NotAuthorizedError(REFUSED);
  let origin: unknown;
  try {
    origin = decodeClientDataJSON(response.response.clientDataJSON).origin;
  } catch {
    throw new NotAuthorizedError(REFUSED);
  }
  if (!originAllowed(origin, rp.id)) throw new WebAuthnError('WebAuthnOriginNotAllowedException', `Origin ${String(origin)} is not allowed for relying party ${rp.id}.`);
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin as string,
      expectedRPID: rp.id,
      credential: { id: passkey.CredentialId, publicKey: isoBase64URL.toBuffer(passkey.PublicKey), counter: passkey.Counter },
      requireUserVerification: rp.userVerification === 'required',
    });
    if (!verified.verified) throw new NotAuthorizedError(REFUSED);
    return { id: passkey.CredentialId, counter: verified.authenticationInfo.newCounter };
  } catch (error) {
    if (error instanceof NotAuthorizedError) throw error;
    throw new NotAuthorizedError(REFUSED);
  }
}
