import { SRP_G, SRP_N, bytesToHex, hexToBigInt, hexToBytes, modPow, padHex, slicePacer, type Pacer } from './srp-math.js';

// The client half of Cognito's SRP-6a variant (USER_SRP_AUTH → PASSWORD_VERIFIER), step for step as
// amazon-cognito-identity-js's AuthenticationHelper and CognitoUser.authenticateUserDefaultAuth compute it.

export interface SrpDependencies {
  /** SHA-256 of bytes (the transport passes ./sha256.ts; tests also pass the SDK's and node:crypto's). */
  sha256(data: Uint8Array): Uint8Array;
  /** `n` cryptographically random bytes as hex (the transport uses crypto.getRandomValues). */
  randomHex(n: number): string;
  /** Asked between steps of the big-number work; default: yield to the event loop every 8 ms. */
  pace?: Pacer;
}

/** What InitiateAuth answers for USER_SRP_AUTH (ChallengeParameters): hex SRP_B and SALT, base64 SECRET_BLOCK. */
export interface SrpChallenge {
  SRP_B?: string;
  SALT?: string;
  SECRET_BLOCK?: string;
}

export interface SrpSession {
  /** SRP_A for InitiateAuth: hex of A = g^a mod N, as the SDK writes it (no padding). */
  readonly srpA: string;
  /** The 16-byte HKDF key both sides derive (exposed for the equality tests). */
  passwordKey(poolName: string, userIdForSrp: string, password: string, challenge: SrpChallenge): Promise<Uint8Array>;
  /**
   * PASSWORD_CLAIM_SIGNATURE, base64: HMAC(key, poolName | userIdForSrp | SECRET_BLOCK bytes | timestamp).
   * `poolName` is the part of the pool id after "_"; `timestamp` is the TIMESTAMP sent with it.
   */
  passwordClaimSignature(poolName: string, userIdForSrp: string, password: string, challenge: SrpChallenge, timestamp: string): Promise<string>;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

export function hmacSha256(sha256: SrpDependencies['sha256'], key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const pad = (byte: number) => block.map((b) => b ^ byte);
  return sha256(concat(pad(0x5c), sha256(concat(pad(0x36), message))));
}

const base64ToBytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const bytesToBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** Picks the secret `a` and computes A = g^a mod N (sliced: no long task). */
export async function startSrpSession(deps: SrpDependencies): Promise<SrpSession> {
  const pace = deps.pace ?? slicePacer();
  const hexHash = (hex: string) => bytesToHex(deps.sha256(hexToBytes(hex)));
  // 128 random bytes, as the SDK's generateRandomSmallA (already < N: no reduction needed).
  const a = hexToBigInt(deps.randomHex(128));
  const A = await modPow(SRP_G, a, SRP_N, pace);
  if (A % SRP_N === 0n) throw new Error('Illegal paramater. A mod N cannot be 0.');

  const passwordKey: SrpSession['passwordKey'] = async (poolName, userIdForSrp, password, { SRP_B = '', SALT = '' }) => {
    const B = hexToBigInt(SRP_B);
    if (B % SRP_N === 0n) throw new Error('B cannot be zero.');
    const u = hexToBigInt(hexHash(padHex(A) + padHex(B)));
    if (u === 0n) throw new Error('U cannot be zero.');
    const k = hexToBigInt(hexHash(padHex(SRP_N) + padHex(SRP_G)));
    const x = hexToBigInt(hexHash(padHex(hexToBigInt(SALT)) + bytesToHex(deps.sha256(utf8(`${poolName}${userIdForSrp}:${password}`)))));
    const gx = await modPow(SRP_G, x, SRP_N, pace);
    const S = await modPow(B - k * gx, a + u * x, SRP_N, pace);
    // HKDF-SHA256(ikm = pad(S), salt = pad(u), info = "Caldera Derived Key"), first 16 bytes of block 1.
    const prk = hmacSha256(deps.sha256, hexToBytes(padHex(u)), hexToBytes(padHex(S)));
    return hmacSha256(deps.sha256, prk, concat(utf8('Caldera Derived Key'), Uint8Array.of(1))).slice(0, 16);
  };

  return {
    srpA: A.toString(16),
    passwordKey,
    async passwordClaimSignature(poolName, userIdForSrp, password, challenge, timestamp) {
      const key = await passwordKey(poolName, userIdForSrp, password, challenge);
      const message = concat(utf8(poolName), utf8(userIdForSrp), base64ToBytes(challenge.SECRET_BLOCK ?? ''), utf8(timestamp));
      return bytesToBase64(hmacSha256(deps.sha256, key, message));
    },
  };
}
