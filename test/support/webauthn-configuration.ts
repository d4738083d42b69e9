import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { UserPool } from 'cognito-local/lib/services/userPoolService.js';
import { allowedFirstAuthFactors } from './sign-in-policy';

/** WebAuthnConfigurationType of SetUserPoolMfaConfig. */
export interface WebAuthnConfiguration {
  RelyingPartyId?: string;
  UserVerification?: 'required' | 'preferred';
}

type PoolWithWebAuthn = UserPool & { WebAuthnConfiguration?: WebAuthnConfiguration };

/** The error names of the API reference (StartWebAuthnRegistration, CompleteWebAuthnRegistration, RespondToAuthChallenge). */
export class WebAuthnError extends CognitoError {
  constructor(
    name:
      | 'WebAuthnNotEnabledException'
      | 'WebAuthnConfigurationMissingException'
      | 'WebAuthnOriginNotAllowedException'
      | 'WebAuthnRelyingPartyMismatchException'
      | 'WebAuthnChallengeNotFoundException'
      | 'WebAuthnClientMismatchException'
      | 'WebAuthnCredentialNotSupportedException',
    message: string,
  ) {
    super(name, message);
  }
}

/** SetUserPoolMfaConfig keeping `WebAuthnConfiguration`, which the emulator's own target drops. */
export function withWebAuthnConfiguration({ cognito }: Pick<Services, 'cognito'>, route: Route): Route {
  return async (ctx: Context, req: { UserPoolId: string; WebAuthnConfiguration?: WebAuthnConfiguration }) => {
    const response = (await route(ctx, req)) as Record<string, unknown>;
    const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
    const options = userPool.options as PoolWithWebAuthn;
    // UserVerification defaults to preferred (WebAuthnConfigurationType).
    const given = req.WebAuthnConfiguration && { UserVerification: 'preferred' as const, ...req.WebAuthnConfiguration };
    if (given) await userPool.updateOptions(ctx, { ...options, WebAuthnConfiguration: given } as UserPool);
    const kept = given ?? options.WebAuthnConfiguration;
    return kept ? { ...response, WebAuthnConfiguration: kept } : response;
  };
}

export interface RelyingParty {
  id: string;
  userVerification: 'required' | 'preferred';
}

/**
 * The pool's relying party, or the API reference's refusals: WebAuthnNotEnabledException when passkeys are not a first
 * factor of the pool, WebAuthnConfigurationMissingException when it has no relying party id (the emulator has no user
 * pool domain to fall back on).
 */
export function relyingPartyOf(pool: UserPool): RelyingParty {
  if (!allowedFirstAuthFactors(pool).includes('WEB_AUTHN')) throw new WebAuthnError('WebAuthnNotEnabledException', 'WebAuthn is not enabled for this user pool.');
  const config = (pool as PoolWithWebAuthn).WebAuthnConfiguration;
  if (!config?.RelyingPartyId) throw new WebAuthnError('WebAuthnConfigurationMissingException', 'The user pool has no relying party id for WebAuthn.');
  return { id: config.RelyingPartyId, userVerification: config.UserVerification ?? 'preferred' };
}

/**
 * Whether a page at `origin` may use passkeys of `rpId`: its host is the RP id or a subdomain of it (WebAuthn's
 * "registrable domain suffix" rule, which Cognito applies), over https, or http only on localhost.
 */
export function originAllowed(origin: unknown, rpId: string): boolean {
  if (typeof origin !== 'string') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  const host = url.hostname.toLowerCase();
  const id = rpId.toLowerCase();
  const hostMatches = host === id || host.endsWith(`.${id}`);
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && (host === 'localhost' || host.endsWith('.localhost')));
  return hostMatches && secure;
}
