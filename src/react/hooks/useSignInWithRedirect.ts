'use client';
import type { AuthClient } from '../../core/auth-client.js';
import { AuthError } from '../../core/errors.js';
import type { OAuthFlows, SignInWithRedirectInput } from '../../core/oauth/oauth-flows-api.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** The client's OAuth flows, or an error that names the fix when `oauth` is not configured. */
export function oauthFlows(client: AuthClient): Promise<OAuthFlows> {
  if (!client.oauth) {
    return Promise.reject(
      new AuthError('invalidConfig', 'react-cognito-kit: sign-in by redirect needs `oauth: { domain, redirectSignIn, redirectSignOut, scopes }` in the AuthProvider config.'),
    );
  }
  return client.oauth();
}

/**
 * Sends the browser to Cognito's managed login, or straight to a provider: `mutate({ provider: 'Google' })`.
 * The page unloads; the way back is finished by the AuthProvider (or `<AuthCallback>`).
 */
export function useSignInWithRedirect(options?: AuthMutationOptions<void, SignInWithRedirectInput | void>) {
  return useAuthMutation<void, SignInWithRedirectInput | void>(
    'useSignInWithRedirect',
    (client, input) => oauthFlows(client).then((flows) => flows.signInWithRedirect(input ?? {})),
    options,
  );
}
