import { randomBytes } from 'node:crypto';
import { CognitoError, InvalidParameterError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { attributeValue } from 'cognito-local/lib/services/userPoolService.js';
import { verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import { decodeAttestationObject, decodeClientDataJSON, isoBase64URL, parseAuthenticatorData, toHash } from '@simplewebauthn/server/helpers';
import { passkeysOf, savePasskeys, tokenUser, type StoredPasskey } from './passkey-store';
import { WebAuthnError, originAllowed, relyingPartyOf } from './webauthn-configuration';

/** How long the options of StartWebAuthnRegistration can be answered (the `timeout` they carry). */
export const REGISTRATION_TIMEOUT_MS = 5 * 60 * 1000;
/** Cognito's quota of passkeys per user (developer guide, "Quotas": 20 WebAuthn credentials per user). */
export const MAX_PASSKEYS = 20;
/** ES256 and RS256, the algorithms Cognito's creation options list. */
const ALGORITHMS = [-7, -257];

interface Pending {
  readonly clientId: string;
  readonly challenge: string;
  readonly expiresAt: number;
}

/** A `Credential` document, or the same sent as a JSON string. */
function registrationResponse(credential: unknown): RegistrationResponseJSON {
  let value = credential;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      value = undefined;
    }
  }
  const r = value as Partial<RegistrationResponseJSON> | undefined;
  if (!r || typeof r.id !== 'string' || typeof r.rawId !== 'string' || typeof r.response?.clientDataJSON !== 'string' || typeof r.response.attestationObject !== 'string') {
    throw new InvalidParameterError('Credential must be a RegistrationResponseJSON.');
  }
  return r as RegistrationResponseJSON;
}

/**
 * StartWebAuthnRegistration and CompleteWebAuthnRegistration (API reference): creation options for the signed-in user,
 * then the authenticator's answer verified with @simplewebauthn/server — the challenge handed out (single use, within
 * its timeout, by the same app client), the page's origin against the relying party id, the RP id hash, user
 * verification when the pool requires it — and the passkey stored on the user.
 */
export function webAuthnRegistrationTargets(services: Pick<Services, 'cognito' | 'clock'>) {
  const pending = new Map<string, Pending>();
  const now = (): number => services.clock.get().getTime();

  const StartWebAuthnRegistration: Route = async (ctx: Context, req: { AccessToken?: string }) => {
    const { clientId, userPool, user } = await tokenUser(services, ctx, req.AccessToken);
    const rp = relyingPartyOf(userPool.options);
    const challenge = randomBytes(32).toString('base64url');
    pending.set(`${userPool.options.Id} ${user.Username}`, { clientId, challenge, expiresAt: now() + REGISTRATION_TIMEOUT_MS });
    const email = attributeValue('email', user.Attributes) ?? user.Username;
    return {
      CredentialCreationOptions: {
        challenge,
        rp: { id: rp.id, name: rp.id },
        user: { id: Buffer.from(user.Username).toString('base64url'), name: email, displayName: email },
        pubKeyCredParams: ALGORITHMS.map((alg) => ({ type: 'public-key', alg })),
        timeout: REGISTRATION_TIMEOUT_MS,
        excludeCredentials: passkeysOf(user).map((p) => ({ type: 'public-key', id: p.CredentialId, transports: p.Transports })),
        authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: rp.userVerification },
      },
    };
  };

  const CompleteWebAuthnRegistration: Route = async (ctx: Context, req: { AccessToken?: string; Credential?: unknown }) => {
    const { clientId, userPool, user } = await tokenUser(services, ctx, req.AccessToken);
    const rp = relyingPartyOf(userPool.options);
    const response = registrationResponse(req.Credential);
    const key = `${userPool.options.Id} ${user.Username}`;
    const started = pending.get(key);
    if (!started || started.expiresAt <= now()) {
      pending.delete(key);
      throw new WebAuthnError('WebAuthnChallengeNotFoundException', 'The registration challenge was not found or has expired.');
    }
    if (started.clientId !== clientId) throw new WebAuthnError('WebAuthnClientMismatchException', 'The access token is for another app client than the one that started the registration.');
    pending.delete(key);

    let clientData: ReturnType<typeof decodeClientDataJSON>;
    let rpIdHash: Uint8Array;
    try {
      clientData = decodeClientDataJSON(response.response.clientDataJSON);
      const attestation = decodeAttestationObject(isoBase64URL.toBuffer(response.response.attestationObject));
      rpIdHash = parseAuthenticatorData(attestation.get('authData')).rpIdHash;
    } catch {
      throw new InvalidParameterError('Credential could not be decoded.');
    }
    if (clientData.challenge !== started.challenge) throw new WebAuthnError('WebAuthnChallengeNotFoundException', 'The credential answers another challenge.');
    if (!originAllowed(clientData.origin, rp.id)) throw new WebAuthnError('WebAuthnOriginNotAllowedException', `Origin ${String(clientData.origin)} is not allowed for relying party ${rp.id}.`);
    if (!Buffer.from(rpIdHash).equals(Buffer.from(await toHash(new TextEncoder().encode(rp.id))))) {
      throw new WebAuthnError('WebAuthnRelyingPartyMismatchException', `The credential is not for relying party ${rp.id}.`);
    }

    let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: started.challenge,
        expectedOrigin: clientData.origin,
        expectedRPID: rp.id,
        requireUserVerification: rp.userVerification === 'required',
        supportedAlgorithmIDs: ALGORITHMS,
      });
    } catch (error) {
      throw new WebAuthnError('WebAuthnCredentialNotSupportedException', `The credential is not supported: ${(error as Error).message}`);
    }
    if (!verified.verified) throw new WebAuthnError('WebAuthnCredentialNotSupportedException', 'The credential could not be verified.');

    const { credential, aaguid } = verified.registrationInfo;
    const passkeys = passkeysOf(user);
    const everyone = await userPool.listUsers(ctx);
    if (everyone.some((u) => passkeysOf(u).some((p) => p.CredentialId === credential.id))) {
      throw new WebAuthnError('WebAuthnCredentialNotSupportedException', 'This credential is already registered.');
    }
    if (passkeys.length >= MAX_PASSKEYS) throw new CognitoError('LimitExceededException', `A user can register at most ${MAX_PASSKEYS} passkeys.`);
    const created: StoredPasskey = {
      CredentialId: credential.id,
      PublicKey: isoBase64URL.fromBuffer(credential.publicKey),
      Counter: credential.counter,
      Transports: response.response.transports ?? [],
      ...(response.authenticatorAttachment ? { AuthenticatorAttachment: response.authenticatorAttachment } : {}),
      RelyingPartyId: rp.id,
      FriendlyCredentialName: aaguid === '00000000-0000-0000-0000-000000000000' ? 'Passkey' : `Passkey ${aaguid}`,
      CreatedAt: Math.floor(now() / 1000),
    };
    await savePasskeys(ctx, userPool, user, [...passkeys, created]);
    return {};
  };

  return { StartWebAuthnRegistration, CompleteWebAuthnRegistration };
}
