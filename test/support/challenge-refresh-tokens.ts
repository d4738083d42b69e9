import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { RespondToAuthChallengeRequest, RespondToAuthChallengeResponse } from './srp-auth-flow';

/**
 * The emulator's RespondToAuthChallenge issues a refresh token (after NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA, …)
 * but never stores it, so REFRESH_TOKEN_AUTH would not find its user. Store it as InitiateAuth does.
 */
export const respondAndKeepRefreshToken =
  ({ cognito }: Pick<Services, 'cognito'>, emulatorRoute: Route) =>
  async (ctx: Context, req: RespondToAuthChallengeRequest): Promise<RespondToAuthChallengeResponse> => {
    const response: RespondToAuthChallengeResponse = await emulatorRoute(ctx, req);
    const refreshToken = response.AuthenticationResult?.RefreshToken;
    const username = req.ChallengeResponses?.USERNAME;
    if (refreshToken && username) {
      const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
      // Read again: the challenge may just have saved the user (new password, cleared MFA code).
      const user = await userPool.getUserByUsername(ctx, username);
      if (user) await userPool.storeRefreshToken(ctx, refreshToken, user);
    }
    return response;
  };
