import { NotAuthorizedError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { decodeJwtPayload, signedAccessTokenClaims, type AccessTokenClaims } from './access-token';
import type { RevokedRefreshTokens } from './refresh-token-revocation';

/**
 * Every operation of the Cognito user pools API whose request carries an `AccessToken` (the API reference's
 * "token-authorized" user operations). The emulator routes only some of them; the others still meet the token
 * check first, as they would on AWS, and then the emulator's "unsupported".
 */
export const ACCESS_TOKEN_OPERATIONS: ReadonlySet<string> = new Set([
  'AssociateSoftwareToken', // AccessToken or Session
  'ChangePassword',
  'CompleteWebAuthnRegistration',
  'ConfirmDevice',
  'DeleteUser',
  'DeleteUserAttributes',
  'DeleteWebAuthnCredential',
  'ForgetDevice',
  'GetDevice',
  'GetUser',
  'GetUserAttributeVerificationCode',
  'GetUserAuthFactors',
  'GlobalSignOut',
  'ListDevices',
  'ListWebAuthnCredentials',
  'SetUserMFAPreference',
  'SetUserSettings',
  'StartWebAuthnRegistration',
  'UpdateDeviceStatus',
  'UpdateUserAttributes',
  'VerifySoftwareToken', // AccessToken or Session
  'VerifyUserAttribute',
]);

/** The scope every token-authorized operation requires (API reference, e.g. GetUser and GlobalSignOut). */
export const USER_ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

/**
 * Cognito's answers (all NotAuthorizedException). Sources:
 * - "Access Token has been revoked": the API reference of GlobalSignOut ("Amazon Cognito returns an Access Token
 *   has been revoked error when your app attempts to authorize a user pools API request with a revoked access
 *   token that contains the scope aws.cognito.signin.user.admin").
 * - "Access Token has expired": real Cognito quoted in aws-amplify/aws-sdk-ios#1376 and aws-amplify/amplify-js#974
 *   (no AWS page states the text).
 * - "Access Token does not have required scopes": real Cognito quoted in aws-amplify/aws-sdk-android#1813 and
 *   aws-amplify/amplify-android#1592 (tokens from the hosted UI without the scope).
 * - "Invalid Access Token": real Cognito quoted in awslabs/aws-amplify-identity-broker#538 for a token it did not
 *   accept. That an id token, a forged one or one of another pool gets this same text is an assumption.
 */
export const ACCESS_TOKEN_MESSAGES = {
  invalid: 'Invalid Access Token',
  scope: 'Access Token does not have required scopes',
  expired: 'Access Token has expired',
  revoked: 'Access Token has been revoked',
} as const;

const userKey = (claims: Pick<AccessTokenClaims, 'iss' | 'sub'>): string => `${claims.iss} ${claims.sub}`;

/**
 * Which access tokens Cognito would no longer accept although they have not expired (developer guide, "Ending user
 * sessions with token revocation"): RevokeToken revokes every access token issued with or refreshed from that
 * refresh token; GlobalSignOut every access token of the user. Tokens are tracked as the harness hands them out
 * (their `jti` and the refresh token they came from), since the emulator's tokens carry no `origin_jti`.
 */
export class AccessTokenRevocations {
  /** access token jti → the refresh token it was issued with or refreshed from */
  private readonly origins = new Map<string, string>();
  /** user → jtis of the access tokens handed out since the user's last GlobalSignOut */
  private readonly issuedTo = new Map<string, Set<string>>();
  private readonly revokedJtis = new Set<string>();
  /** user → the second of the user's last GlobalSignOut: every token issued in an earlier second is revoked */
  private readonly signedOutAt = new Map<string, number>();

  constructor(private readonly refreshTokens: RevokedRefreshTokens) {}

  issued(accessToken: string, origin: string | undefined): void {
    const claims = decodeJwtPayload(accessToken);
    const { jti, iss, sub } = claims ?? {};
    if (typeof jti !== 'string' || typeof iss !== 'string' || typeof sub !== 'string') return;
    if (origin) this.origins.set(jti, origin);
    const key = userKey({ iss, sub });
    const jtis = this.issuedTo.get(key) ?? new Set<string>();
    jtis.add(jti);
    this.issuedTo.set(key, jtis);
  }

  /** GlobalSignOut: every access token the user holds now, on any device, stops working. */
  signOutEverywhere(claims: Pick<AccessTokenClaims, 'iss' | 'sub'>, nowMs: number): void {
    const key = userKey(claims);
    for (const jti of this.issuedTo.get(key) ?? []) this.revokedJtis.add(jti);
    this.issuedTo.delete(key);
    this.signedOutAt.set(key, Math.floor(nowMs / 1000));
  }

  isRevoked(claims: AccessTokenClaims): boolean {
    if (this.revokedJtis.has(claims.jti)) return true;
    const origin = this.origins.get(claims.jti);
    if (origin !== undefined && this.refreshTokens.has(origin)) return true;
    const signedOut = this.signedOutAt.get(userKey(claims));
    return signedOut !== undefined && claims.iat < signedOut;
  }
}

/**
 * The access token checks of Cognito, in this order: a token of this user pool (signed with the emulator's key,
 * `token_use` access, `iss` the pool of its `client_id` at this emulator's address), with the scope the user
 * operations need, not expired, not revoked. The emulator signs every pool's tokens with one key, so the issuer
 * check is what stands in for Cognito's key per pool. The clock is the emulator's.
 */
export async function checkAccessToken(
  { cognito, clock, config }: Pick<Services, 'cognito' | 'clock' | 'config'>,
  revocations: AccessTokenRevocations,
  ctx: Context,
  token: unknown,
): Promise<AccessTokenClaims> {
  const claims = signedAccessTokenClaims(token);
  if (!claims) throw new NotAuthorizedError(ACCESS_TOKEN_MESSAGES.invalid);
  const client = await cognito.getAppClient(ctx, claims.client_id);
  const issuerDomain = config.TokenConfig.IssuerDomain;
  if (!client || !issuerDomain || claims.iss !== `${issuerDomain}/${client.UserPoolId}`) {
    throw new NotAuthorizedError(ACCESS_TOKEN_MESSAGES.invalid);
  }
  if (!(claims.scope ?? '').split(' ').includes(USER_ADMIN_SCOPE)) {
    throw new NotAuthorizedError(ACCESS_TOKEN_MESSAGES.scope);
  }
  if (claims.exp * 1000 <= clock.get().getTime()) throw new NotAuthorizedError(ACCESS_TOKEN_MESSAGES.expired);
  if (revocations.isRevoked(claims)) throw new NotAuthorizedError(ACCESS_TOKEN_MESSAGES.revoked);
  return claims;
}

interface WithAccessToken {
  AccessToken?: unknown;
}
interface IssuingRequest {
  AuthParameters?: { REFRESH_TOKEN?: string };
  /** GetTokensFromRefreshToken's */
  RefreshToken?: string;
}
interface IssuingResponse {
  AuthenticationResult?: { AccessToken?: string; RefreshToken?: string };
}

/**
 * Wraps every route of `router`: an operation of ACCESS_TOKEN_OPERATIONS whose request has an AccessToken runs only
 * once the token passes checkAccessToken (an absent one is left to the operation: AssociateSoftwareToken and
 * VerifySoftwareToken may take a Session instead). `validateRequest` runs first: the API model's constraints on the
 * request's parameters, which AWS checks before it looks at the token. Every answer that hands out an access token (InitiateAuth,
 * RespondToAuthChallenge, their Admin forms, whatever flow) is recorded for revocation, with the refresh token it
 * came with, or, for a refresh without rotation, the one it was refreshed from.
 */
export function withAccessTokenChecks(
  router: Router,
  services: Pick<Services, 'cognito' | 'clock' | 'config'>,
  revocations: AccessTokenRevocations,
  validateRequest: (target: string, req: unknown) => void = () => {},
): Router {
  return (target): Route => {
    const route = router(target);
    const checked = ACCESS_TOKEN_OPERATIONS.has(target);
    return async (ctx: Context, req: unknown) => {
      const token = (req as WithAccessToken | undefined)?.AccessToken;
      if (checked && token !== undefined && token !== null) {
        validateRequest(target, req);
        await checkAccessToken(services, revocations, ctx, token);
      }
      const response: unknown = await route(ctx, req);
      const result = (response as IssuingResponse | undefined)?.AuthenticationResult;
      if (typeof result?.AccessToken === 'string') {
        const request = req as IssuingRequest;
        revocations.issued(result.AccessToken, result.RefreshToken ?? request.AuthParameters?.REFRESH_TOKEN ?? request.RefreshToken);
      }
      return response;
    };
  };
}
