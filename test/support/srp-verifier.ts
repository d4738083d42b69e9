import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

// Server side of Cognito's SRP-6a variant, mirroring amazon-cognito-identity-js's AuthenticationHelper
// byte for byte: its "pad" is a minimal two's-complement hex encoding, not a pad to the length of N.

/** RFC 3526 3072-bit MODP group. */
export const SRP_N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
export const SRP_G = 2n;

const HKDF_INFO = 'Caldera Derived Key';

/** Even-length hex of a non-negative integer, with "00" prepended when the top bit is set. */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError('padHex expects a non-negative integer');
  const hex = value.toString(16);
  const even = hex.length % 2 === 0 ? hex : `0${hex}`;
  return /^[89a-f]/.test(even) ? `00${even}` : even;
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
const hexHash = (hex: string): bigint => BigInt(`0x${sha256Hex(Buffer.from(hex, 'hex'))}`);

const K = hexHash(padHex(SRP_N) + padHex(SRP_G));

/** A fresh random salt, as a hex string the SDK parses back to the same padHex form. */
export function randomSaltHex(): string {
  return padHex(BigInt(`0x${randomBytes(16).toString('hex')}`));
}

/** v = g^x with x = H(pad(salt) | H(poolName | userIdForSrp | ":" | password)). */
export function passwordVerifier(poolName: string, userIdForSrp: string, password: string, saltHex: string): bigint {
  const userHash = sha256Hex(`${poolName}${userIdForSrp}:${password}`);
  const x = hexHash(padHex(BigInt(`0x${saltHex}`)) + userHash);
  return modPow(SRP_G, x, SRP_N);
}

export interface ServerSrpSession {
  /** Server public value B, sent as SRP_B. */
  readonly B: bigint;
  /** The 16-byte HKDF key both sides derive; it signs the password claim. */
  readonly key: Buffer;
}

/** Picks b, computes B = k·v + g^b and the shared key for the client's public value A. */
export function startServerSession(A: bigint, verifier: bigint): ServerSrpSession {
  if (A % SRP_N === 0n) throw new RangeError('SRP_A mod N must not be 0');
  for (;;) {
    const b = BigInt(`0x${randomBytes(32).toString('hex')}`);
    const B = (K * verifier + modPow(SRP_G, b, SRP_N)) % SRP_N;
    const u = hexHash(padHex(A) + padHex(B));
    // Both are astronomically unlikely; the client refuses either, so draw another b.
    if (B === 0n || u === 0n) continue;
    const S = modPow((A * modPow(verifier, u, SRP_N)) % SRP_N, b, SRP_N);
    const key = Buffer.from(
      hkdfSync('sha256', Buffer.from(padHex(S), 'hex'), Buffer.from(padHex(u), 'hex'), HKDF_INFO, 16),
    );
    return { B, key };
  }
}

/** HMAC(key, poolName | userIdForSrp | SECRET_BLOCK bytes | TIMESTAMP), base64. */
export function passwordClaimSignature(
  key: Buffer,
  poolName: string,
  userIdForSrp: string,
  secretBlock: string,
  timestamp: string,
): string {
  return createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(poolName, 'utf8'),
        Buffer.from(userIdForSrp, 'utf8'),
        Buffer.from(secretBlock, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]),
    )
    .digest('base64');
}

export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'base64');
  const b = Buffer.from(given, 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
}
