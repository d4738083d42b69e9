import { randomBytes } from 'node:crypto';
import { InvalidParameterError } from 'cognito-local/lib/errors.js';
import { SRP_N, passwordClaimSignature, signaturesMatch, startServerSession } from './srp-verifier';

const CHALLENGE_TTL_MS = 5 * 60 * 1000;

interface OpenProof {
  readonly groupKey: string;
  readonly deviceKey: string;
  readonly session: string;
  readonly key: Buffer;
  readonly expiresAt: number;
}

/**
 * The server half of device SRP (DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER): the user SRP with the device group key
 * in place of the pool name, the device key in place of the username and the verifier stored by ConfirmDevice
 * (amazon-cognito-identity-js: `new AuthenticationHelper(deviceGroupKey)` and
 * `getPasswordAuthenticationKey(deviceKey, randomPassword, B, salt)` in CognitoUser.getDeviceResponse).
 */
export class DeviceVerifiers {
  private readonly bySecretBlock = new Map<string, OpenProof>();

  open(srpA: string | undefined, groupKey: string, deviceKey: string, verifier: bigint, session: string, now: number) {
    if (!srpA || !/^[0-9a-f]+$/i.test(srpA)) throw new InvalidParameterError('Missing or invalid parameter SRP_A');
    const A = BigInt(`0x${srpA}`);
    if (A % SRP_N === 0n) throw new InvalidParameterError('SRP_A mod N must not be 0');
    for (const [block, proof] of this.bySecretBlock) if (proof.expiresAt <= now) this.bySecretBlock.delete(block);
    const { B, key } = startServerSession(A, verifier);
    const secretBlock = randomBytes(64).toString('base64');
    this.bySecretBlock.set(secretBlock, { groupKey, deviceKey, session, key, expiresAt: now + CHALLENGE_TTL_MS });
    return { B, secretBlock };
  }

  /** The sign-in session and device a DEVICE_PASSWORD_VERIFIER answer proves, or undefined when its signature is wrong. */
  check(responses: Record<string, string>, now: number): { session: string; deviceKey: string } | undefined {
    const { PASSWORD_CLAIM_SECRET_BLOCK: block, PASSWORD_CLAIM_SIGNATURE: signature, TIMESTAMP: timestamp } = responses;
    if (!block || !signature || !timestamp) {
      throw new InvalidParameterError('DEVICE_PASSWORD_VERIFIER needs PASSWORD_CLAIM_SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE and TIMESTAMP');
    }
    const proof = this.bySecretBlock.get(block);
    this.bySecretBlock.delete(block);
    if (!proof || proof.expiresAt <= now) return undefined;
    const expected = passwordClaimSignature(proof.key, proof.groupKey, proof.deviceKey, block, timestamp);
    return signaturesMatch(expected, signature) ? { session: proof.session, deviceKey: proof.deviceKey } : undefined;
  }
}
