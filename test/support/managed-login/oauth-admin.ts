import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { IdentityProviderType, OidcProviderDetails } from './identity-providers';
import type { OAuthAppClient } from './oauth-client';

/** An app client's managed-login settings, under the names of UpdateUserPoolClient. */
export interface OAuthClientSettings {
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  AllowedOAuthFlows?: Array<'code' | 'implicit' | 'client_credentials'>;
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient?: boolean;
  /** 'COGNITO' for the pool's own users, and ProviderNames. */
  SupportedIdentityProviders?: string[];
}

export interface CreateIdentityProviderRequest {
  ProviderName: string;
  ProviderType: 'OIDC';
  ProviderDetails: OidcProviderDetails;
  AttributeMapping?: Record<string, string>;
  IdpIdentifiers?: string[];
}

/** The admin helpers for managed login: set-up calls through the (gap-filled) router, as for the other helpers. */
export function oauthAdmin(router: Router, { cognito }: Pick<Services, 'cognito'>, ctx: Context) {
  return {
    /** UpdateUserPoolClient with these settings; the ones left out stay as they are. */
    async updateOAuthClient(userPoolId: string, clientId: string, settings: OAuthClientSettings): Promise<void> {
      await router('UpdateUserPoolClient')(ctx, { UserPoolId: userPoolId, ClientId: clientId, ...settings });
    },

    /** The client's settings now (DescribeUserPoolClient's fields of them). */
    async oauthClient(clientId: string): Promise<OAuthClientSettings> {
      const client = (await cognito.getAppClient(ctx, clientId)) as OAuthAppClient | null;
      if (!client) throw new Error(`No app client ${clientId}`);
      const { CallbackURLs, LogoutURLs, AllowedOAuthFlows, AllowedOAuthScopes, AllowedOAuthFlowsUserPoolClient, SupportedIdentityProviders } = client;
      return { CallbackURLs, LogoutURLs, AllowedOAuthFlows: AllowedOAuthFlows as OAuthClientSettings['AllowedOAuthFlows'], AllowedOAuthScopes, AllowedOAuthFlowsUserPoolClient, SupportedIdentityProviders };
    },

    /** CreateIdentityProvider (OIDC). */
    async createIdentityProvider(userPoolId: string, request: CreateIdentityProviderRequest): Promise<IdentityProviderType> {
      const { IdentityProvider } = (await router('CreateIdentityProvider')(ctx, { UserPoolId: userPoolId, ...request })) as { IdentityProvider: IdentityProviderType };
      return IdentityProvider;
    },
  };
}
