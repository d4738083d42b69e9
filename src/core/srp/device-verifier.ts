import { sha256 } from './sha256.js';
import { SRP_G, SRP_N, bytesToHex, hexToBigInt, hexToBytes, modPow, padHex, slicePacer, type Pacer } from './srp-math.js';

/** What ConfirmDevice takes (base64 of the padded hex bytes, as the SDK sends it) and the secret behind it. */
export interface DeviceVerifier {
  secret: string;
  salt: string;
  verifier: string;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/**
 * A device password and its SRP verifier, as amazon-cognito-identity-js's AuthenticationHelper.generateHashDevice
 * makes them: secret = 40 random bytes in base64; x = H(pad(salt) | H(groupKey | deviceKey | ":" | secret)); v = g^x.
 */
export async function createDeviceVerifier(
  deviceGroupKey: string,
  deviceKey: string,
  randomBytes = random,
  pace: Pacer = slicePacer(),
): Promise<DeviceVerifier> {
  const secret = toBase64(randomBytes(40));
  const salt = padHex(hexToBigInt(bytesToHex(randomBytes(16))));
  const inner = bytesToHex(sha256(new TextEncoder().encode(`${deviceGroupKey}${deviceKey}:${secret}`)));
  const x = hexToBigInt(bytesToHex(sha256(hexToBytes(salt + inner))));
  const verifier = padHex(await modPow(SRP_G, x, SRP_N, pace));
  return { secret, salt: toBase64(hexToBytes(salt)), verifier: toBase64(hexToBytes(verifier)) };
}
