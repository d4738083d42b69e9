'use client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuthError } from '../../core/errors.js';
import { useAuthContext } from './useAuthClient.js';
import { selectUserSub } from './selectors.js';
import { useAuthState } from './useAuthState.js';

/** The query key of a user's attributes: keyed by `sub`, so one user's data never serves another. */
export const userAttributesKey = (sub: string | null) => ['react-cognito-kit', 'userAttributes', sub] as const;

/** The signed-in user's attributes from Cognito (GetUser), as a react-query query. Disabled while signed out; no silent retries. */
export function useUserAttributes(): UseQueryResult<Record<string, string>, AuthError> {
  const { client } = useAuthContext('useUserAttributes');
  const sub = useAuthState(selectUserSub);
  return useQuery<Record<string, string>, AuthError>({
    queryKey: userAttributesKey(sub),
    queryFn: () => client.getUserAttributes(),
    enabled: sub !== null,
    // A failure shows at once with "Try again" (ProfileAttributes), as the devices and MFA queries do.
    retry: false,
  });
}
