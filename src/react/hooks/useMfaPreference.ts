'use client';
import { useQuery, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { MfaPreference, MfaSettings } from '../../core/cognito-transport.js';
import type { AuthError } from '../../core/errors.js';
import { selectUserSub } from './selectors.js';
import { useAuthContext } from './useAuthClient.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { useAuthState } from './useAuthState.js';

/** The query key of a user's MFA settings: keyed by `sub`, so one user's settings never show for another. */
export const mfaPreferenceKey = (sub: string | null) => ['react-cognito-kit', 'mfaPreference', sub] as const;

export interface MfaPreferenceResult {
  /** Which factors are on and which is asked for first (Cognito's GetUser). Disabled while signed out. */
  settings: UseQueryResult<MfaSettings, AuthError>;
  /** Turns factors on or off, or picks the preferred one; `settings` is fetched again once it is saved. */
  update: UseMutationResult<void, AuthError, MfaPreference>;
}

/** The signed-in user's MFA: a query of the settings and a mutation that changes them. */
export function useMfaPreference(options?: { update?: AuthMutationOptions<void, MfaPreference> }): MfaPreferenceResult {
  const { client } = useAuthContext('useMfaPreference');
  const sub = useAuthState(selectUserSub);
  const queryClient = useQueryClient();
  // No silent retries: a failure shows at once, and MfaSettings offers "Try again" (as DeviceList does).
  const settings = useQuery<MfaSettings, AuthError>({
    queryKey: mfaPreferenceKey(sub),
    queryFn: () => client.getMfaPreference(),
    enabled: sub !== null,
    retry: false,
  });
  const update = useAuthMutation<void, MfaPreference>('useMfaPreference', (authClient, preference) => authClient.setMfaPreference(preference), {
    ...options?.update,
    onSettled: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: mfaPreferenceKey(sub) });
      await options?.update?.onSettled?.(...args);
    },
  });
  return { settings, update };
}
