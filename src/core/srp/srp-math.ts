// Cognito's SRP arithmetic on native BigInt (no SDK import here: cognito-transport.ts hands in hashing and
// randomness). The SDK's jsbn BigInteger takes ~100 ms for A and ~125 ms for the password key, each one
// synchronous task; this takes a fraction of that and yields to the event loop every few milliseconds.

/** RFC 3526 3072-bit MODP group, as in amazon-cognito-identity-js's AuthenticationHelper. */
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

/**
 * The SDK's `padHex` for a non-negative integer: even-length hex, with "00" in front when the top bit is set
 * (Java's `BigInteger.toByteArray()`), not a pad to the length of N. Every SRP value here is non-negative.
 */
export function padHex(value: bigint): string {
  const hex = value.toString(16);
  const even = hex.length % 2 ? `0${hex}` : hex;
  return /^[89a-f]/.test(even) ? `00${even}` : even;
}

export const hexToBigInt = (hex: string): bigint => BigInt(`0x${hex || '0'}`);

export function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
  return bytes;
}

export const bytesToHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Called between steps of a long computation: returns a promise when it is time to let the page breathe. */
export type Pacer = () => Promise<void> | undefined;

/** Lets the event loop run (input, rendering) before the next slice of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    // A message is not clamped to 4 ms like nested timeouts, and fake timers in tests leave it alone.
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * A pacer that yields once `budgetMs` of work ran since the last yield, so no task gets long. It yields at its
 * first call too: the caller's task is usually a click or submit handler that has work of its own.
 */
export function slicePacer(budgetMs = 8, yieldNow: () => Promise<void> = yieldToMain): Pacer {
  const now = () => (typeof performance === 'object' ? performance.now() : Date.now());
  let sliceStart = -Infinity;
  return () => {
    if (now() - sliceStart < budgetMs) return undefined;
    return yieldNow().then(() => {
      sliceStart = now();
    });
  };
}

const WINDOW_BITS = 4;

/**
 * base^exponent mod modulus by fixed 4-bit windows: the same four squarings and one multiplication for every
 * window, whatever its bits (native BigInt is not constant-time, nor is the SDK's jsbn; this only avoids a
 * bit-dependent sequence of operations). Base 2 multiplies by shifting. `pace` is asked after every window.
 */
export async function modPow(base: bigint, exponent: bigint, modulus: bigint, pace: Pacer = () => undefined): Promise<bigint> {
  if (exponent < 0n || modulus <= 0n) throw new RangeError('modPow expects exponent >= 0 and modulus > 0');
  const b = ((base % modulus) + modulus) % modulus;
  const byShift = b === 2n;
  const table: bigint[] = [1n];
  if (!byShift) for (let i = 1; i < 1 << WINDOW_BITS; i++) table.push((table[i - 1]! * b) % modulus);
  const windows = Math.ceil(exponent.toString(2).length / WINDOW_BITS);
  let result = 1n;
  for (let w = windows - 1; w >= 0; w--) {
    for (let s = 0; s < WINDOW_BITS; s++) result = (result * result) % modulus;
    const digit = Number((exponent >> BigInt(w * WINDOW_BITS)) & 15n);
    result = (byShift ? result << BigInt(digit) : result * table[digit]!) % modulus;
    const pause = pace();
    if (pause) await pause;
  }
  return result % modulus;
}
