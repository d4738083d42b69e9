import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/** Flags of authenticator data (WebAuthn §6.1): user present, user verified, attested credential data. */
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

const b64url = (bytes: Uint8Array | Buffer | string): string => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string): Buffer => createHash('sha256').update(data).digest();

export interface SoftwareAuthenticatorOptions {
  /** Whether the authenticator verifies the user (sets UV). Default true. */
  userVerification?: boolean;
  /** Start of the signature counter; 0 means "does not count" as many platform authenticators. Default 1. */
  counter?: number;
}

export interface CeremonyOptions {
  /** The page's origin, e.g. http://localhost:5173 */
  origin: string;
  /** Default: the options' RP id. */
  rpId?: string;
}

/**
 * A passkey made in the test with node:crypto (P-256, "none" attestation), answering Cognito's
 * CredentialCreationOptions and CREDENTIAL_REQUEST_OPTIONS as a browser's `toJSON()` would
 * (RegistrationResponseJSON / AuthenticationResponseJSON). No browser: for harness tests of the wire.
 */
export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  private counter: number;
  private readonly uv: boolean;
  private userHandle = '';

  constructor(options: SoftwareAuthenticatorOptions = {}) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: 'jwk' });
    this.publicJwk = { x: String(jwk.x), y: String(jwk.y) };
    this.counter = options.counter ?? 1;
    this.uv = options.userVerification ?? true;
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  /** The credential's public key as COSE (what an authenticator puts in its attested credential data). */
  publicKeyCose(): Uint8Array {
    return isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(this.publicJwk.x, 'base64url')],
        [-3, Buffer.from(this.publicJwk.y, 'base64url')],
      ]),
    );
  }

  private authenticatorData(rpId: string, attested: boolean): Buffer {
    const flags = UP | (this.uv ? UV : 0) | (attested ? AT : 0);
    const count = Buffer.alloc(4);
    count.writeUInt32BE(this.counter);
    const parts = [sha256(rpId), Buffer.from([flags]), count];
    if (attested) {
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(this.credentialId.length);
      parts.push(Buffer.alloc(16), idLength, this.credentialId, Buffer.from(this.publicKeyCose()));
    }
    return Buffer.concat(parts);
  }

  /** navigator.credentials.create() for StartWebAuthnRegistration's CredentialCreationOptions. */
  create(options: { challenge: string; rp: { id: string }; user: { id: string } }, ceremony: CeremonyOptions): Record<string, unknown> {
    const rpId = ceremony.rpId ?? options.rp.id;
    this.userHandle = options.user.id;
    const clientDataJSON = JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: ceremony.origin, crossOrigin: false });
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<number, number> | Uint8Array>([
        ['fmt', 'none'],
        ['attStmt', new Map<number, number>()],
        ['authData', this.authenticatorData(rpId, true)],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** navigator.credentials.get() for the WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS; the counter moves on. */
  get(options: { challenge: string; rpId: string }, ceremony: CeremonyOptions): Record<string, unknown> {
    if (this.counter > 0) this.counter += 1;
    const authenticatorData = this.authenticatorData(ceremony.rpId ?? options.rpId, false);
    const clientDataJSON = JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: ceremony.origin, crossOrigin: false });
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), this.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        ...(this.userHandle ? { userHandle: this.userHandle } : {}),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /**
   * The private key as base64 PKCS#8 DER: what Chromium's `WebAuthn.addCredential` takes, so a browser's virtual
   * authenticator can hold this same passkey (registered with `admin.addPasskey`, without the ceremony).
   */
  privateKeyPkcs8(): string {
    return this.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  }

  /** The signature counter the authenticator will count on from (its last assertion's, or where it started). */
  get signCount(): number {
    return this.counter;
  }

  /** Sets the signature counter, e.g. back to an earlier value to replay a clone. */
  setCounter(value: number): void {
    this.counter = value;
  }
}
