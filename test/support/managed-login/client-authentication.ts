import type { IncomingMessage } from 'node:http';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { basicCredentials } from './http-helpers';
import { OAuthError } from './oauth-errors';
import { oauthClientOfPool, type OAuthAppClient } from './oauth-client';

/**
 * The client of a token or revocation request: `Authorization: Basic` or `client_id` (+ `client_secret`) in the body.
 * A client with a secret must prove it; an unknown client, or a wrong secret, is `invalid_client`.
 */
export async function authenticatedClient(
  services: Pick<Services, 'cognito'>,
  ctx: Context,
  userPoolId: string,
  req: IncomingMessage,
  form: URLSearchParams,
): Promise<{ client: OAuthAppClient; clientSecret?: string }> {
  const basic = basicCredentials(req);
  const clientId = basic?.clientId ?? form.get('client_id');
  if (!clientId) throw new OAuthError('invalid_request', 'client_id is required');
  const client = await oauthClientOfPool(services, ctx, userPoolId, clientId);
  if (!client) throw new OAuthError('invalid_client');
  const clientSecret = basic?.clientSecret ?? form.get('client_secret') ?? undefined;
  if (client.ClientSecret && client.ClientSecret !== clientSecret) throw new OAuthError('invalid_client');
  return { client, clientSecret };
}
