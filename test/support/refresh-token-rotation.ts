import { CognitoError, InvalidParameterError, NotAuthorizedError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { RevokedRefreshTokens } from './refresh-token-revocation';

/** The app client setting (API reference, RefreshTokenRotationType). */
export interface RefreshTokenRotationType {
  Feature: 'ENABLED' | 'DISABLED';
  /** 0–60: how long the token rotated out keeps working, for client-side retries. 0: not at all. */
  RetryGracePeriodSeconds?: number;
}

export interface GetTokensFromRefreshTokenRequest {
  ClientId?: string;
  RefreshToken?: string;
  ClientSecret?: string;
  DeviceKey?: string;
  ClientMetadata?: Record<string, string>;
}

interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType: string;
}

type ClientWithRotation = AppClient & { RefreshTokenRotation?: RefreshTokenRotationType };

interface ClientRequest {
  ClientId?: string;
  UserPoolId?: string;
  RefreshTokenRotation?: unknown;
}
interface ClientResponse {
  UserPoolClient?: { ClientId?: string } & Record<string, unknown>;
}

/**
 * A refresh token rotated out, used after the grace period (the API reference of GetTokensFromRefreshToken lists
 * RefreshTokenReuseException: "thrown when your application requests token refresh with a refresh token that has been
 * invalidated by refresh-token rotation"). No AWS page quotes its message: this one is the harness's own, so the kit
 * must go by the exception's name alone.
 */
export class RefreshTokenReuseError extends CognitoError {
  constructor() {
    super('RefreshTokenReuseException', 'Refresh token has been invalidated by refresh token rotation');
  }
}

/**
 * "Refresh token rotation must be completed with GetTokensFromRefreshToken" (API reference, RefreshTokenRotationType;
 * the developer guide: rotation "isn't compatible with the authentication flow REFRESH_TOKEN_AUTH"). The answer is
 * Cognito's for an auth flow the app client does not allow ("USER_PASSWORD_AUTH flow not enabled for this client"),
 * worded for this flow by analogy: AWS quotes no text for it.
 */
export const REFRESH_TOKEN_AUTH_WITH_ROTATION = 'REFRESH_TOKEN_AUTH flow not enabled for this client';

function validRotation(value: unknown): RefreshTokenRotationType | undefined {
  if (value === undefined || value === null) return undefined;
  const rotation = value as Partial<RefreshTokenRotationType>;
  if (rotation.Feature !== 'ENABLED' && rotation.Feature !== 'DISABLED') {
    throw new InvalidParameterError("1 validation error detected: Value at 'refreshTokenRotation.feature' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]");
  }
  const grace = rotation.RetryGracePeriodSeconds;
  if (grace !== undefined && !(Number.isInteger(grace) && grace >= 0 && grace <= 60)) {
    throw new InvalidParameterError(
      "1 validation error detected: Value at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must have value between 0 and 60",
    );
  }
  return { Feature: rotation.Feature, RetryGracePeriodSeconds: grace ?? 0 };
}

/**
 * Which refresh tokens came from which by rotation (a family: the one handed out at sign-in and every one rotated from
 * it), and when each was first rotated out.
 */
export class RotatedRefreshTokens {
  private readonly rootOf = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();
  private readonly rotatedAt = new Map<string, number>();

  /** Every token of `token`'s family: what revoking one revokes (developer guide, "Refresh token rotation"). */
  family(token: string): string[] {
    const root = this.rootOf.get(token) ?? token;
    return [root, ...(this.members.get(root) ?? [])];
  }

  rotated(from: string, to: string, nowMs: number): void {
    const root = this.rootOf.get(from) ?? from;
    this.rootOf.set(to, root);
    const members = this.members.get(root) ?? new Set<string>();
    members.add(to);
    this.members.set(root, members);
    if (!this.rotatedAt.has(from)) this.rotatedAt.set(from, nowMs);
  }

  /** A token rotated out works on for the grace period after it was first rotated, then never again. */
  assertNotSpent(token: string, graceSeconds: number, nowMs: number): void {
    const at = this.rotatedAt.get(token);
    if (at !== undefined && nowMs >= at + graceSeconds * 1000) throw new RefreshTokenReuseError();
  }
}

const rotationOn = (client: ClientWithRotation | null): client is ClientWithRotation & { RefreshTokenRotation: RefreshTokenRotationType } =>
  client?.RefreshTokenRotation?.Feature === 'ENABLED';

/**
 * GetTokensFromRefreshToken, and the app client's RefreshTokenRotation setting through CreateUserPoolClient,
 * UpdateUserPoolClient and DescribeUserPoolClient (cognito-local knows neither; the setting is kept on its app client
 * record).
 */
export function refreshTokenRotationTargets(
  { cognito, clock, tokenGenerator }: Pick<Services, 'cognito' | 'clock' | 'tokenGenerator'>,
  emulator: Router,
  revoked: RevokedRefreshTokens,
) {
  const rotations = new RotatedRefreshTokens();
  const appClient = (ctx: Context, clientId: string) => cognito.getAppClient(ctx, clientId) as Promise<ClientWithRotation | null>;

  /** The emulator's own target, then the rotation setting saved on the client and shown in the answer. */
  const withRotationSetting =
    (target: 'CreateUserPoolClient' | 'UpdateUserPoolClient'): Route =>
    async (ctx: Context, req: ClientRequest) => {
      const rotation = validRotation(req.RefreshTokenRotation);
      const response = (await emulator(target)(ctx, req)) as ClientResponse;
      const clientId = response.UserPoolClient?.ClientId;
      const saved = clientId ? await appClient(ctx, clientId) : null;
      if (!clientId || !saved) return response;
      const RefreshTokenRotation = rotation ?? saved.RefreshTokenRotation ?? { Feature: 'DISABLED' as const, RetryGracePeriodSeconds: 0 };
      const userPool = await cognito.getUserPool(ctx, saved.UserPoolId);
      await userPool.saveAppClient(ctx, { ...saved, RefreshTokenRotation } as AppClient);
      return { ...response, UserPoolClient: { ...response.UserPoolClient, RefreshTokenRotation } };
    };

  const getTokensFromRefreshToken = async (ctx: Context, req: GetTokensFromRefreshTokenRequest): Promise<{ AuthenticationResult: AuthenticationResult }> => {
    if (!req.ClientId) throw new InvalidParameterError('Missing required parameter ClientId');
    if (!req.RefreshToken) throw new InvalidParameterError('Missing required parameter RefreshToken');
    const client = await appClient(ctx, req.ClientId);
    if (!client) throw new NotAuthorizedError('Invalid client id');
    // The message is the harness's own: AWS documents only that a client with a secret needs it.
    if (client.ClientSecret && req.ClientSecret !== client.ClientSecret) throw new NotAuthorizedError(`Unable to verify secret for client ${req.ClientId}`);
    const now = clock.get().getTime();
    revoked.assertUsable(req.RefreshToken, now);
    if (rotationOn(client)) rotations.assertNotSpent(req.RefreshToken, client.RefreshTokenRotation.RetryGracePeriodSeconds ?? 0, now);
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByRefreshToken(ctx, req.RefreshToken);
    // Real Cognito's text for a refresh token it does not know (quoted in aws/aws-sdk-js-v3#7162).
    if (!user) throw new NotAuthorizedError('Invalid Refresh Token');
    const groups = await userPool.listUserGroupMembership(ctx, user);
    const tokens = await tokenGenerator.generate(ctx, user, groups, client, req.ClientMetadata, 'RefreshTokens');
    const result: AuthenticationResult = { AccessToken: tokens.AccessToken, IdToken: tokens.IdToken, TokenType: 'Bearer' };
    if (!rotationOn(client)) return { AuthenticationResult: result };
    await userPool.storeRefreshToken(ctx, tokens.RefreshToken, user);
    rotations.rotated(req.RefreshToken, tokens.RefreshToken, now);
    return { AuthenticationResult: { ...result, RefreshToken: tokens.RefreshToken } };
  };

  return {
    targets: {
      GetTokensFromRefreshToken: getTokensFromRefreshToken as Route,
      CreateUserPoolClient: withRotationSetting('CreateUserPoolClient'),
      UpdateUserPoolClient: withRotationSetting('UpdateUserPoolClient'),
      DescribeUserPoolClient: async (ctx: Context, req: ClientRequest) => {
        const response = (await emulator('DescribeUserPoolClient')(ctx, req)) as ClientResponse;
        const saved = req.ClientId ? await appClient(ctx, req.ClientId) : null;
        return saved?.RefreshTokenRotation ? { ...response, UserPoolClient: { ...response.UserPoolClient, RefreshTokenRotation: saved.RefreshTokenRotation } } : response;
      },
    } satisfies Record<string, Route>,
    /** InitiateAuth REFRESH_TOKEN_AUTH (or REFRESH_TOKEN) for an app client with rotation on is refused. */
    async assertRefreshTokenAuthAllowed(ctx: Context, clientId: string | undefined): Promise<void> {
      if (clientId && rotationOn(await appClient(ctx, clientId))) throw new InvalidParameterError(REFRESH_TOKEN_AUTH_WITH_ROTATION);
    },
    /** What RevokeToken takes away with `token`: its whole family. */
    family: (token: string) => rotations.family(token),
  };
}
