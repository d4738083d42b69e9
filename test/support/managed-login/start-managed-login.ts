import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { startManagedLoginDomain, type ManagedLoginDomain, type ManagedLoginDomainDeps } from './managed-login-domain';

/** An OIDC provider for the pool (CreateIdentityProvider, ProviderType OIDC), e.g. what startExampleIdp returns. */
export interface FederatedOidcProvider {
  /** ProviderName, e.g. "ExampleIdP": the `identity_provider` of /oauth2/authorize and the prefix of usernames. */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** authorize_scopes; default "openid email profile". */
  scopes?: string;
  /** AttributeMapping; default { email: 'email', email_verified: 'email_verified' }. */
  attributeMapping?: Record<string, string>;
  idpIdentifiers?: string[];
  /** Called with the domain's /oauth2/idpresponse URL before use: the IdP must allow it as a redirect_uri. */
  allowRedirectUri?: (uri: string) => void;
}

export interface ManagedLoginStartOptions {
  userPoolId: string;
  /** The app client to set up for the code grant (its OAuth settings are replaced). */
  clientId: string;
  callbackUrls: string[];
  logoutUrls?: string[];
  /** AllowedOAuthScopes; default openid, email, profile, aws.cognito.signin.user.admin. */
  scopes?: string[];
  identityProviders?: FederatedOidcProvider[];
  /** Default 0 (a free port). */
  port?: number;
  host?: string;
}

export const DEFAULT_OAUTH_SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

/**
 * The pool's domain, with the app client's OAuth settings and the identity providers set through the API as one
 * would in AWS (UpdateUserPoolClient, CreateIdentityProvider or UpdateIdentityProvider).
 */
export async function startManagedLogin(deps: ManagedLoginDomainDeps, options: ManagedLoginStartOptions): Promise<ManagedLoginDomain> {
  const { router, ctx } = deps;
  const started = await startManagedLoginDomain(deps, { userPoolId: options.userPoolId, port: options.port, host: options.host });
  try {
    const providers = options.identityProviders ?? [];
    for (const provider of providers) {
      provider.allowRedirectUri?.(`${started.domain}/oauth2/idpresponse`);
      await saveProvider(router, ctx, options.userPoolId, provider);
    }
    await router('UpdateUserPoolClient')(ctx, {
      UserPoolId: options.userPoolId,
      ClientId: options.clientId,
      CallbackURLs: options.callbackUrls,
      LogoutURLs: options.logoutUrls ?? [],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: options.scopes ?? DEFAULT_OAUTH_SCOPES,
      SupportedIdentityProviders: ['COGNITO', ...providers.map((p) => p.name)],
    });
  } catch (error) {
    await started.stop();
    throw error;
  }
  return { domain: started.domain, stop: started.stop };
}

async function saveProvider(router: Router, ctx: Context, userPoolId: string, provider: FederatedOidcProvider): Promise<void> {
  const request = {
    UserPoolId: userPoolId,
    ProviderName: provider.name,
    ProviderDetails: {
      client_id: provider.clientId,
      ...(provider.clientSecret ? { client_secret: provider.clientSecret } : {}),
      authorize_scopes: provider.scopes ?? 'openid email profile',
      oidc_issuer: provider.issuer,
      attributes_request_method: 'GET',
    },
    AttributeMapping: provider.attributeMapping ?? { email: 'email', email_verified: 'email_verified' },
    IdpIdentifiers: provider.idpIdentifiers ?? [],
  };
  try {
    await router('CreateIdentityProvider')(ctx, { ...request, ProviderType: 'OIDC' });
  } catch (error) {
    if (!(error instanceof CognitoError) || error.code !== 'DuplicateProviderException') throw error;
    await router('UpdateIdentityProvider')(ctx, request);
  }
}
