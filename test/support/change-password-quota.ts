import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { decodeJwtPayload } from './access-token';

const PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;

/** Cognito's text for a quota reached (real Cognito, quoted in the SDKs' issues; the kit maps it to `limitExceeded`). */
export const ATTEMPT_LIMIT_EXCEEDED = 'Attempt limit exceeded, please try after some time.';

export class LimitExceededError extends CognitoError {
  constructor() {
    super('LimitExceededException', ATTEMPT_LIMIT_EXCEEDED);
  }
}

/**
 * The per-user quota Cognito documents for ChangePassword ("Quotas in Amazon Cognito": at most 5 ChangePassword
 * calls per user per hour), on the emulator's clock; the sixth call within an hour gets LimitExceededException. A call
 * refused by the request checks (a password the policy or the API model refuses) is not counted: AWS does not say
 * whether it counts, and validation comes before the work. The access token was checked before this runs
 * (access-token-checks.ts), so its `sub` names the user.
 */
export function changePasswordQuota({ clock }: Pick<Services, 'clock'>, route: Route): Route {
  const callsByUser = new Map<string, number[]>();
  return async (ctx: Context, req: { AccessToken?: string }) => {
    const claims = decodeJwtPayload(req.AccessToken);
    const user = typeof claims?.sub === 'string' ? `${String(claims.iss)} ${claims.sub}` : undefined;
    if (!user) return route(ctx, req);
    const now = clock.get().getTime();
    const recent = (callsByUser.get(user) ?? []).filter((at) => now - at < HOUR_MS);
    if (recent.length >= PER_HOUR) throw new LimitExceededError();
    try {
      const result: unknown = await route(ctx, req);
      callsByUser.set(user, [...recent, now]);
      return result;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'InvalidPasswordException' && code !== 'InvalidParameterException') callsByUser.set(user, [...recent, now]);
      throw error;
    }
  };
}
