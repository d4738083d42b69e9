import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  SRP_N,
  padHex,
  passwordClaimSignature,
  passwordVerifier,
  randomSaltHex,
  signaturesMatch,
  startServerSession,
} from '../support/srp-verifier';

// The SDK's own SRP client maths (jsbn BigInteger, untyped internals), loaded from its CommonJS build.
interface SdkBigInteger {
  toString(radix: number): string;
}
interface SdkAuthenticationHelper {
  largeAValue: SdkBigInteger;
  getPasswordAuthenticationKey(
    username: string,
    password: string,
    serverB: SdkBigInteger,
    salt: SdkBigInteger,
    callback: (error: unknown, key: Buffer) => void,
  ): void;
}
const require = createRequire(import.meta.url);
const { default: AuthenticationHelper } = require('amazon-cognito-identity-js/lib/AuthenticationHelper.js') as {
  default: new (poolName: string) => SdkAuthenticationHelper;
};
const { default: BigInteger } = require('amazon-cognito-identity-js/lib/BigInteger.js') as {
  default: new (hex: string, radix: number) => SdkBigInteger;
};

const POOL_NAME = 'AbCd1234';
const USER_ID = '6f1c2b9e-1111-4222-8333-944445555666';
const PASSWORD = 'Correct-Horse-9';
const SECRET_BLOCK = Buffer.from('an opaque secret block').toString('base64');
const TIMESTAMP = 'Tue Nov 3 09:05:07 UTC 2026';

/** What CognitoUser.authenticateUserDefaultAuth sends as PASSWORD_CLAIM_SIGNATURE for a given password. */
async function sdkClaim(password: string) {
  const helper = new AuthenticationHelper(POOL_NAME);
  const A = BigInt(`0x${helper.largeAValue.toString(16)}`);
  const salt = randomSaltHex();
  const server = startServerSession(A, passwordVerifier(POOL_NAME, USER_ID, PASSWORD, salt));
  const key = await new Promise<Buffer>((resolve, reject) => {
    helper.getPasswordAuthenticationKey(
      USER_ID,
      password,
      new BigInteger(server.B.toString(16), 16),
      new BigInteger(salt, 16),
      (error, hkdf) => (error ? reject(error) : resolve(hkdf)),
    );
  });
  const signature = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(POOL_NAME, 'utf8'),
        Buffer.from(USER_ID, 'utf8'),
        Buffer.from(SECRET_BLOCK, 'base64'),
        Buffer.from(TIMESTAMP, 'utf8'),
      ]),
    )
    .digest('base64');
  return {
    signature,
    serverKey: server.key,
    expected: passwordClaimSignature(server.key, POOL_NAME, USER_ID, SECRET_BLOCK, TIMESTAMP),
  };
}

describe('SRP verifier against the SDK AuthenticationHelper', () => {
  it('accepts the proof the SDK computes from the right password', async () => {
    for (let i = 0; i < 3; i++) {
      const { signature, expected } = await sdkClaim(PASSWORD);
      expect(signaturesMatch(expected, signature)).toBe(true);
    }
  });

  it('rejects the proof from a wrong password', async () => {
    const { signature, expected } = await sdkClaim('Correct-Horse-8');
    expect(signaturesMatch(expected, signature)).toBe(false);
  });

  it('rejects a proof for another secret block or timestamp', async () => {
    const { signature, serverKey } = await sdkClaim(PASSWORD);
    const otherBlock = Buffer.from('another secret block').toString('base64');
    const otherTime = 'Tue Nov 3 09:05:08 UTC 2026';
    expect(signaturesMatch(passwordClaimSignature(serverKey, POOL_NAME, USER_ID, otherBlock, TIMESTAMP), signature)).toBe(false);
    expect(signaturesMatch(passwordClaimSignature(serverKey, POOL_NAME, USER_ID, SECRET_BLOCK, otherTime), signature)).toBe(false);
  });

  it('pads like the SDK: even length, 00 before a set top bit', () => {
    expect(padHex(0x14n)).toBe('14');
    expect(padHex(0xecn)).toBe('00ec');
    expect(padHex(0xabcn)).toBe('0abc');
    expect(padHex(SRP_N).startsWith('00ff')).toBe(true);
  });

  it('refuses A ≡ 0 mod N', () => {
    expect(() => startServerSession(SRP_N * 2n, 5n)).toThrow(RangeError);
  });
});
