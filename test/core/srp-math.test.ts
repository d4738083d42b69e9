import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SRP_N, modPow, padHex, slicePacer } from '../../src/core/srp/srp-math';

// The SDK's own jsbn BigInteger and padHex (its CommonJS build; untyped internals).
interface SdkBigInteger {
  toString(radix: number): string;
  negate(): SdkBigInteger;
  modPow(e: SdkBigInteger, m: SdkBigInteger, callback: (err: unknown, r: SdkBigInteger) => void): void;
}
const require = createRequire(import.meta.url);
const { default: BigInteger } = require('amazon-cognito-identity-js/lib/BigInteger.js') as {
  default: new (hex: string, radix: number) => SdkBigInteger;
};
const { default: AuthenticationHelper } = require('amazon-cognito-identity-js/lib/AuthenticationHelper.js') as {
  default: { prototype: { padHex(value: SdkBigInteger): string } };
};

const big = (value: bigint): SdkBigInteger =>
  value < 0n ? new BigInteger((-value).toString(16), 16).negate() : new BigInteger(value.toString(16), 16);
const sdkModPow = (base: bigint, exponent: bigint, modulus: bigint) =>
  new Promise<bigint>((resolve, reject) =>
    big(base).modPow(big(exponent), big(modulus), (err, r) => (err ? reject(err) : resolve(BigInt(`0x${r.toString(16)}`)))),
  );
const random = (bytes: number) => BigInt(`0x${randomBytes(bytes).toString('hex')}`);
const sdkPadHex = (value: bigint) => AuthenticationHelper.prototype.padHex(big(value));

describe('native BigInt SRP maths = the SDK jsbn maths', () => {
  it('modPow agrees with the SDK for base 2 and any base, 3072-bit modulus, exponents of every SRP size', { timeout: 60_000 }, async () => {
    for (const bytes of [1, 32, 64, 128, 160, 193]) {
      const exponent = random(bytes);
      expect(await modPow(2n, exponent, SRP_N)).toBe(await sdkModPow(2n, exponent, SRP_N));
      const base = random(384) % SRP_N;
      expect(await modPow(base, exponent, SRP_N)).toBe(await sdkModPow(base, exponent, SRP_N));
    }
  });

  it('reduces a negative base as the SDK does (B − k·g^x is often negative)', async () => {
    const base = -(random(400) % (SRP_N * 7n));
    const exponent = random(160);
    expect(await modPow(base, exponent, SRP_N)).toBe(await sdkModPow(base, exponent, SRP_N));
  });

  it('handles the edges: exponent 0 and 1, base 0, 1 and N−1', async () => {
    expect(await modPow(12345n, 0n, SRP_N)).toBe(1n);
    expect(await modPow(12345n, 1n, SRP_N)).toBe(12345n);
    expect(await modPow(0n, 5n, SRP_N)).toBe(0n);
    expect(await modPow(1n, random(128), SRP_N)).toBe(1n);
    expect(await modPow(SRP_N - 1n, 3n, SRP_N)).toBe(SRP_N - 1n);
    await expect(modPow(2n, -1n, SRP_N)).rejects.toThrow(RangeError);
  });

  it('padHex is the SDK padHex for non-negative values (top bit set or not, odd or even length)', () => {
    const samples = [0n, 1n, 0x14n, 0x7fn, 0x80n, 0xecn, 0xabcn, 0x0fffn, SRP_N, SRP_N - 1n, 2n ** 255n, 2n ** 256n - 1n];
    for (let i = 0; i < 200; i++) samples.push(random(1 + (i % 48)));
    for (const value of samples) expect(padHex(value), value.toString(16)).toBe(sdkPadHex(value));
  });
});

describe('time slicing', () => {
  it('asks the pacer after every 4-bit window, and waits when it says so', async () => {
    let asked = 0;
    let waited = 0;
    await modPow(2n, random(128), SRP_N, () => {
      asked++;
      return asked % 64 === 0 ? Promise.resolve().then(() => void waited++) : undefined;
    });
    expect(asked).toBeGreaterThanOrEqual(255);
    expect(waited).toBe(Math.floor(asked / 64));
  });

  it('slicePacer yields at once (off the caller\'s task), then only once its budget has been spent', async () => {
    let yields = 0;
    const pace = slicePacer(5, async () => void yields++);
    await pace();
    expect(yields).toBe(1);
    expect(pace()).toBeUndefined();
    const end = performance.now() + 6;
    while (performance.now() < end) {
      /* spend the budget */
    }
    await pace();
    expect(yields).toBe(2);
    expect(pace()).toBeUndefined();
  });
});
