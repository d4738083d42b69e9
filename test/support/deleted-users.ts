import { InvalidParameterError, NotAuthorizedError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { signedAccessTokenClaims } from './access-token';
import { ACCESS_TOKEN_OPERATIONS } from './access-token-checks';

/**
 * What Cognito answers for a user that no longer exists: UserNotFoundException "User does not exist." (the API
 * reference lists UserNotFoundException for DeleteUser, GetUser and InitiateAuth; the text is real Cognito's, quoted
 * for a refresh after the user was deleted in aws-amplify/aws-sdk-android#366 and aws-amplify/amplify-flutter#3292).
 * The emulator says "User not found." for an access token and "User not authorized" for a refresh token.
 */
export const DELETED_USER_MESSAGE = 'User does not exist.';

interface DeleteUserRequest {
  AccessToken?: string;
}
interface RefreshRequest {
  AuthFlow?: string;
  AuthParameters?: { REFRESH_TOKEN?: string };
  /** GetTokensFromRefreshToken's */
  RefreshToken?: string;
}

const userKey = (iss: string, sub: string) => `${iss} ${sub}`;

/**
 * DeleteUser as Cognito does it: the user whose (already checked) access token this is is gone, and so is every
 * session of it: its access tokens and refresh tokens, on any device, are answered with "User does not exist.".
 * The emulator's own DeleteUser looks the user up by `sub`, which is the username only in email-as-username pools.
 */
export class DeletedUsers {
  private readonly users = new Set<string>();
  private readonly refreshTokens = new Set<string>();

  constructor(private readonly services: Pick<Services, 'cognito'>) {}

  readonly deleteUser = async (ctx: Context, req: DeleteUserRequest): Promise<Record<string, never>> => {
    if (!req.AccessToken) throw new InvalidParameterError('Missing required parameter AccessToken');
    const claims = signedAccessTokenClaims(req.AccessToken);
    if (!claims) throw new NotAuthorizedError('Invalid Access Token');
    const userPool = await this.services.cognito.getUserPoolForClientId(ctx, claims.client_id);
    const user = await userPool.getUserByUsername(ctx, claims.username);
    if (!user) throw new UserNotFoundError(DELETED_USER_MESSAGE);
    for (const token of user.RefreshTokens ?? []) this.refreshTokens.add(token);
    this.users.add(userKey(claims.iss, claims.sub));
    await userPool.deleteUser(ctx, user);
    return {};
  };

  /** Wraps every route: a request made with a deleted user's access or refresh token is refused before it runs. */
  guard(router: Router): Router {
    return (target): Route => {
      const route = router(target);
      return async (ctx: Context, req: unknown) => {
        this.assertUserExists(target, req);
        return route(ctx, req);
      };
    };
  }

  private assertUserExists(target: string, req: unknown): void {
    if (ACCESS_TOKEN_OPERATIONS.has(target)) {
      const claims = signedAccessTokenClaims((req as DeleteUserRequest | undefined)?.AccessToken);
      if (claims && this.users.has(userKey(claims.iss, claims.sub))) throw new UserNotFoundError(DELETED_USER_MESSAGE);
    }
    const refresh = req as RefreshRequest | undefined;
    const refreshToken = target === 'GetTokensFromRefreshToken' ? refresh?.RefreshToken : target === 'InitiateAuth' ? refresh?.AuthParameters?.REFRESH_TOKEN : undefined;
    if (refreshToken !== undefined && this.refreshTokens.has(refreshToken)) throw new UserNotFoundError(DELETED_USER_MESSAGE);
  }
}
