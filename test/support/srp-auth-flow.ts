import { randomBytes } from 'node:crypto';
import {
  InvalidParameterError,
  InvalidPasswordError,
  NotAuthorizedError,
  PasswordResetRequiredError,
} from 'cognito-local/lib/errors.js';
import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { InitiateAuthTarget } from 'cognito-local/lib/targets/initiateAuth.js';
import type { RespondToAuthChallengeTarget } from 'cognito-local/lib/targets/respondToAuthChallenge.js';
import {
  SRP_N,
  passwordClaimSignature,
  passwordVerifier,
  randomSaltHex,
  signaturesMatch,
  startServerSession,
} from './srp-verifier';

export type InitiateAuthRequest = Parameters<InitiateAuthTarget>[1];
export type InitiateAuthResponse = Awaited<ReturnType<InitiateAuthTarget>>;
export type RespondToAuthChallengeRequest = Parameters<RespondToAuthChallengeTarget>[1];
export type RespondToAuthChallengeResponse = Awaited<ReturnType<RespondToAuthChallengeTarget>>;

const INCORRECT = 'Incorrect username or password.';
const CHALLENGE_TTL_MS = 5 * 60 * 1000;

interface PendingVerifier {
  readonly clientId: string;
  readonly poolName: string;
  readonly userIdForSrp: string;
  /** The password the verifier was computed from; the emulator's own flow re-checks it. */
  readonly password: string;
  readonly key: Buffer;
  readonly expiresAt: number;
}

/** Open PASSWORD_VERIFIER challenges keyed by their SECRET_BLOCK: single use, short-lived. */
class PendingVerifiers {
  private readonly bySecretBlock = new Map<string, PendingVerifier>();

  open(challenge: Omit<PendingVerifier, 'expiresAt'>, now: number): string {
    for (const [block, pending] of this.bySecretBlock) if (pending.expiresAt <= now) this.bySecretBlock.delete(block);
    const secretBlock = randomBytes(64).toString('base64');
    this.bySecretBlock.set(secretBlock, { ...challenge, expiresAt: now + CHALLENGE_TTL_MS });
    return secretBlock;
  }

  take(secretBlock: string, now: number): PendingVerifier | undefined {
    const pending = this.bySecretBlock.get(secretBlock);
    this.bySecretBlock.delete(secretBlock);
    return pending && pending.expiresAt > now ? pending : undefined;
  }
}

/** One salt per user, kept until the password changes, as Cognito keeps it next to the verifier. */
class Salts {
  private readonly byUser = new Map<string, { password: string; salt: string }>();

  for(userKey: string, password: string): string {
    const known = this.byUser.get(userKey);
    if (known?.password === password) return known.salt;
    const salt = randomSaltHex();
    this.byUser.set(userKey, { password, salt });
    return salt;
  }
}

const poolNameOf = (userPoolId: string): string => userPoolId.slice(userPoolId.indexOf('_') + 1);

/**
 * InitiateAuth(USER_SRP_AUTH) and RespondToAuthChallenge(PASSWORD_VERIFIER). Once the password proof checks out,
 * the emulator's own USER_PASSWORD_AUTH runs with the stored password, so tokens, NEW_PASSWORD_REQUIRED,
 * MFA challenges and UserNotConfirmedException are exactly what the emulator gives for that flow.
 */
export function srpAuthTargets({ cognito, clock }: Pick<Services, 'cognito' | 'clock'>, emulator: Router) {
  const pending = new PendingVerifiers();
  const salts = new Salts();
  const now = (): number => clock.get().getTime();

  // Whether the app client allows USER_SRP_AUTH is auth-flow-policy.ts's: PASSWORD_SRP under USER_AUTH comes here too,
  // which ALLOW_USER_AUTH alone permits.
  const initiate = async (ctx: Context, req: InitiateAuthRequest): Promise<InitiateAuthResponse> => {
    const username = req.AuthParameters?.USERNAME;
    const srpA = req.AuthParameters?.SRP_A;
    if (!username) throw new InvalidParameterError('Missing required parameter USERNAME');
    if (!srpA || !/^[0-9a-f]+$/i.test(srpA)) throw new InvalidParameterError('Missing or invalid parameter SRP_A');
    const A = BigInt(`0x${srpA}`);
    if (A % SRP_N === 0n) throw new InvalidParameterError('SRP_A mod N must not be 0');

    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const appClient = await cognito.getAppClient(ctx, req.ClientId);
    if (!appClient) throw new NotAuthorizedError();

    const user = await userPool.getUserByUsername(ctx, username);
    if (!user) throw new NotAuthorizedError(INCORRECT);
    // Same order as the emulator's USER_PASSWORD_AUTH: this status is reported before any password check.
    if (user.UserStatus === 'RESET_REQUIRED') throw new PasswordResetRequiredError();

    const poolName = poolNameOf(userPool.options.Id);
    const salt = salts.for(`${userPool.options.Id}/${user.Username}`, user.Password);
    const { B, key } = startServerSession(A, passwordVerifier(poolName, user.Username, user.Password, salt));
    const secretBlock = pending.open(
      { clientId: req.ClientId, poolName, userIdForSrp: user.Username, password: user.Password, key },
      now(),
    );
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        SALT: salt,
        SRP_B: B.toString(16),
        SECRET_BLOCK: secretBlock,
        USERNAME: user.Username,
        USER_ID_FOR_SRP: user.Username,
      },
    };
  };

  const respond = async (ctx: Context, req: RespondToAuthChallengeRequest): Promise<RespondToAuthChallengeResponse> => {
    const responses = req.ChallengeResponses ?? {};
    const username = responses.USERNAME;
    const secretBlock = responses.PASSWORD_CLAIM_SECRET_BLOCK;
    const signature = responses.PASSWORD_CLAIM_SIGNATURE;
    const timestamp = responses.TIMESTAMP;
    if (!username || !secretBlock || !signature || !timestamp) {
      throw new InvalidParameterError(
        'PASSWORD_VERIFIER needs USERNAME, PASSWORD_CLAIM_SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE and TIMESTAMP',
      );
    }
    const challenge = pending.take(secretBlock, now());
    if (!challenge || challenge.clientId !== req.ClientId) {
      throw new NotAuthorizedError('Invalid session for the user, session is expired.');
    }
    const expected = passwordClaimSignature(
      challenge.key,
      challenge.poolName,
      challenge.userIdForSrp,
      secretBlock,
      timestamp,
    );
    if (username !== challenge.userIdForSrp || !signaturesMatch(expected, signature)) {
      throw new NotAuthorizedError(INCORRECT);
    }
    try {
      const result: InitiateAuthResponse = await emulator('InitiateAuth')(ctx, {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: req.ClientId,
        AuthParameters: {
          USERNAME: challenge.userIdForSrp,
          PASSWORD: challenge.password,
          ...(responses.DEVICE_KEY ? { DEVICE_KEY: responses.DEVICE_KEY } : {}),
        },
        ClientMetadata: req.ClientMetadata,
      } satisfies InitiateAuthRequest);
      return result;
    } catch (error) {
      // The password changed between the two calls: the proof was for the old one.
      if (error instanceof InvalidPasswordError) throw new NotAuthorizedError(INCORRECT);
      throw error;
    }
  };

  return { initiate, respond };
}
