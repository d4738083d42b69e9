import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { IdentityProviders, IdentityProviderType } from './identity-providers';
import { AuthorizeError, ErrorPage } from './oauth-errors';
import { allowsCodeGrant, oauthClientOfPool, type OAuthAppClient } from './oauth-client';

/** A checked request to /oauth2/authorize (developer guide, "The redirect and authorization endpoint"). */
export interface AuthorizeRequest {
  client: OAuthAppClient;
  redirectUri: string;
  scopes: string[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  /** The IdP to go to at once (identity_provider or idp_identifier); absent: the managed login page. */
  provider?: IdentityProviderType;
  /** The original query, for the login page's form and its IdP links. */
  query: URLSearchParams;
}

/** Where an error found after the client and redirect_uri are trusted goes: back to the app, as Cognito does. */
export function errorRedirect(redirectUri: string, error: AuthorizeError, state: string | undefined): string {
  const url = new URL(redirectUri);
  url.searchParams.set('error_description', error.description);
  if (state !== undefined) url.searchParams.set('state', state);
  url.searchParams.set('error', error.error);
  return url.toString();
}

/**
 * The client and redirect_uri first: when either is wrong, Cognito shows its error page and redirects nowhere
 * (`redirect_mismatch` for a redirect_uri not among the client's CallbackURLs, matched exactly). Everything after
 * that is an AuthorizeError, sent back to the redirect_uri.
 */
export async function trustedClientAndRedirect(
  services: Pick<Services, 'cognito'>,
  ctx: Context,
  userPoolId: string,
  query: URLSearchParams,
): Promise<{ client: OAuthAppClient; redirectUri: string }> {
  const client = await oauthClientOfPool(services, ctx, userPoolId, query.get('client_id'));
  if (!client) throw new ErrorPage('invalid_request: client_id is missing or not a client of this user pool');
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri || !(client.CallbackURLs ?? []).includes(redirectUri)) throw new ErrorPage('redirect_mismatch');
  return { client, redirectUri };
}

export async function parseAuthorizeRequest(
  services: Pick<Services, 'cognito'>,
  ctx: Context,
  userPoolId: string,
  providers: IdentityProviders,
  query: URLSearchParams,
): Promise<AuthorizeRequest> {
  const { client, redirectUri } = await trustedClientAndRedirect(services, ctx, userPoolId, query);
  const state = query.get('state') ?? undefined;
  const responseType = query.get('response_type');
  if (!responseType) throw new AuthorizeError('invalid_request', 'response_type is required');
  if (responseType !== 'code' && responseType !== 'token') throw new AuthorizeError('unsupported_response_type', `response_type ${responseType} is not supported`);
  if (responseType !== 'code') throw new AuthorizeError('unauthorized_client', 'The harness issues authorization codes only (response_type=code)');
  if (!allowsCodeGrant(client)) throw new AuthorizeError('unauthorized_client', 'Client is not enabled for the authorization code grant');
  const allowed = client.AllowedOAuthScopes ?? [];
  const requested = query.get('scope')?.split(' ').filter(Boolean);
  // No scope: every scope the client is allowed (developer guide, "scope" of the authorize endpoint).
  const scopes = requested ?? allowed;
  const notAllowed = scopes.filter((scope) => !allowed.includes(scope));
  if (notAllowed.length > 0) throw new AuthorizeError('invalid_scope', `Scope not allowed for this client: ${notAllowed.join(' ')}`);
  const codeChallenge = query.get('code_challenge') ?? undefined;
  const method = query.get('code_challenge_method');
  if (codeChallenge !== undefined || method !== null) {
    // Cognito supports S256 only; "plain" is refused.
    if (method !== 'S256') throw new AuthorizeError('invalid_request', 'code_challenge_method must be S256');
    if (!codeChallenge || !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) throw new AuthorizeError('invalid_request', 'code_challenge is invalid');
  }
  const provider = chosenProvider(client, userPoolId, providers, query);
  return { client, redirectUri, scopes, state, nonce: query.get('nonce') ?? undefined, codeChallenge, provider, query };
}

function chosenProvider(client: OAuthAppClient, userPoolId: string, providers: IdentityProviders, query: URLSearchParams): IdentityProviderType | undefined {
  const supported = client.SupportedIdentityProviders ?? [];
  const name = query.get('identity_provider');
  const identifier = query.get('idp_identifier');
  if (name === 'COGNITO') {
    if (!supported.includes('COGNITO')) throw new AuthorizeError('unauthorized_client', 'COGNITO is not a supported identity provider of this client');
    return undefined;
  }
  const provider = name ? providers.get(userPoolId, name) : identifier ? providers.byIdentifier(userPoolId, identifier) : undefined;
  if ((name || identifier) && (!provider || !supported.includes(provider.ProviderName))) {
    throw new AuthorizeError('invalid_request', `Identity provider ${name ?? identifier} is not enabled for this client`);
  }
  if (!provider && !supported.includes('COGNITO') && supported.length === 0) {
    throw new AuthorizeError('unauthorized_client', 'No identity provider is enabled for this client');
  }
  return provider;
}
