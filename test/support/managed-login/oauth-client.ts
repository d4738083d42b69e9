import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';

/** An app client with its managed-login settings, under the names of the Cognito API (cognito-local keeps them). */
export interface OAuthAppClient extends AppClient {
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient?: boolean;
  SupportedIdentityProviders?: string[];
}

/** The app client, only when it belongs to `userPoolId`: a domain serves the clients of its own pool. */
export async function oauthClientOfPool(
  { cognito }: Pick<Services, 'cognito'>,
  ctx: Context,
  userPoolId: string,
  clientId: string | null | undefined,
): Promise<OAuthAppClient | undefined> {
  if (!clientId) return undefined;
  const client = (await cognito.getAppClient(ctx, clientId)) as OAuthAppClient | null;
  return client && client.UserPoolId === userPoolId ? client : undefined;
}

/** The client may use the authorization code grant (its OAuth settings on, `code` among its flows). */
export const allowsCodeGrant = (client: OAuthAppClient): boolean =>
  client.AllowedOAuthFlowsUserPoolClient === true && (client.AllowedOAuthFlows ?? []).includes('code');
