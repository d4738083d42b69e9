'use client';
import type { AuthClient } from '../../core/auth-client.js';
import { AuthError } from '../../core/errors.js';
import type { OAuthFlows, SignInWithRedirectInput } from '../../core/oauth/oauth-flows-api.js';
import { useMutation } from '@tanstack/react-query';
import type { AuthMutationOptions } from './useAuthMutation.js';
import { useAuthContext } from './useAuthClient.js';

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
  // useAuthMutation's body, inlined: SocialButtons' chunk importing that hook from the first load made Vite
  // (Rolldown) split the messages and context modules out of the entry into a chunk of their own (~240 B more).
  const { client } = useAuthContext('useSignInWithRedirect');
  return useMutation<void, AuthError, SignInWithRedirectInput | void>({
    retry: false,
    ...options,
    mutationKey: ['react-cognito-kit', 'useSignInWithRedirect'],
    mutationFn: (input) => oauthFlows(client).then((flows) => flows.signInWithRedirect(input ?? {})),
  });
}
