'use client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuthFactors } from '../../core/cognito-transport.js';
import type { AuthError } from '../../core/errors.js';
import { useAuthContext } from './useAuthClient.js';
import { selectUserSub } from './selectors.js';
import { useAuthState } from './useAuthState.js';

/** The query key of a user's sign-in factors, keyed by `sub`. */
export const authFactorsKey = (sub: string | null) => ['react-cognito-kit', 'authFactors', sub] as const;

/** What the signed-in user can sign in with (GetUserAuthFactors): first factors and MFA, for settings screens. */
export function useAuthFactors(): UseQueryResult<AuthFactors, AuthError> {
  const { client } = useAuthContext('useAuthFactors');
  const sub = useAuthState(selectUserSub);
  return useQuery<AuthFactors, AuthError>({ queryKey: authFactorsKey(sub), queryFn: () => client.getAuthFactors(), enabled: sub !== null, retry: false });
}
