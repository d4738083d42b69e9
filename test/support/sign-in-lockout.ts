import { NotAuthorizedError } from 'cognito-local/lib/errors.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';

/** Cognito's answer while a user is locked out (real Cognito, quoted widely; the kit maps it to `limitExceeded`). */
export const PASSWORD_ATTEMPTS_EXCEEDED = 'Password attempts exceeded';

const FREE_FAILURES = 5;
const FIRST_LOCKOUT_MS = 1000;
const MAX_LOCKOUT_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  lockedUntil: number;
  lastFailure: number;
}

const isWrongPassword = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // Cognito's answer, which both the SRP harness and the password flow give (password-flow-answers.ts).
  return code === 'NotAuthorizedException' && message === 'Incorrect username or password.';
};

/**
 * Cognito's temporary lockout (developer guide, "Authentication flows": after five failed sign-in attempts the user
 * is locked out for one second, doubling with each further failure up to about 15 minutes; attempts during a lockout
 * are refused with "Password attempts exceeded" and do not extend it; 15 minutes without a failure start afresh).
 * Counted per user of a pool, on the answer that checks the password: USER_PASSWORD_AUTH, and SRP's PASSWORD_VERIFIER.
 * The emulator's clock, so tests move past a lockout without sleeping.
 */
export function signInLockout({ cognito, clock }: Pick<Services, 'cognito' | 'clock'>) {
  const byUser = new Map<string, Failures>();

  return async <T>(ctx: Context, clientId: string | undefined, username: string | undefined, check: () => Promise<T>): Promise<T> => {
    const userPool = clientId && username ? await cognito.getUserPoolForClientId(ctx, clientId) : null;
    const user = userPool && username ? await userPool.getUserByUsername(ctx, username) : null;
    // Unknown users have no password to guess.
    if (!userPool || !user) return check();
    const key = `${userPool.options.Id} ${user.Username}`;
    const now = clock.get().getTime();
    const failures = byUser.get(key);
    if (failures && now - failures.lastFailure >= MAX_LOCKOUT_MS) byUser.delete(key);
    const current = byUser.get(key);
    if (current && now < current.lockedUntil) throw new NotAuthorizedError(PASSWORD_ATTEMPTS_EXCEEDED);
    try {
      const result = await check();
      byUser.delete(key);
      return result;
    } catch (error) {
      if (isWrongPassword(error)) {
        const count = (current?.count ?? 0) + 1;
        const lockoutMs = count >= FREE_FAILURES ? Math.min(FIRST_LOCKOUT_MS * 2 ** (count - FREE_FAILURES), MAX_LOCKOUT_MS) : 0;
        byUser.set(key, { count, lockedUntil: now + lockoutMs, lastFailure: now });
      }
      throw error;
    }
  };
}
