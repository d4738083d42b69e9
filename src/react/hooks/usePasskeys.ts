'use client';
import { useQuery, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { Passkey } from '../../core/cognito-transport.js';
import type { AuthError } from '../../core/errors.js';
import { useAuthContext } from './useAuthClient.js';
import { selectUserSub } from './selectors.js';
import { useAuthMutation } from './useAuthMutation.js';
import { useAuthState } from './useAuthState.js';
import { authFactorsKey } from './useAuthFactors.js';
import { usePasskeysSupported } from './usePasskeysSupported.js';

/** The query key of a user's passkeys: keyed by `sub`, so one user's list never serves another. */
export const passkeysKey = (sub: string | null) => ['react-cognito-kit', 'passkeys', sub] as const;

export interface PasskeysResult {
  /** The user's passkeys Cognito holds. Disabled while signed out. */
  list: UseQueryResult<Passkey[], AuthError>;
  /** Creates a passkey on this device (the browser asks) and registers it; the list is fetched again. */
  register: UseMutationResult<void, AuthError, void>;
  /** Deletes a passkey by its credential id; the list is fetched again. */
  remove: UseMutationResult<void, AuthError, string>;
  /** Whether this browser can create and use passkeys at all (false on the server). */
  supported: boolean;
}

/** The signed-in user's passkeys as react-query state: list, register, delete. */
export function usePasskeys(): PasskeysResult {
  const { client } = useAuthContext('usePasskeys');
  const sub = useAuthState(selectUserSub);
  const queryClient = useQueryClient();
  const refetch = {
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: passkeysKey(sub) });
      void queryClient.invalidateQueries({ queryKey: authFactorsKey(sub) });
    },
  };
  // No silent retries: a failure shows at once, and PasskeyManager offers "Try again".
  const list = useQuery<Passkey[], AuthError>({ queryKey: passkeysKey(sub), queryFn: () => client.listPasskeys(), enabled: sub !== null, retry: false });
  const register = useAuthMutation<void, void>('usePasskeys.register', (c) => c.registerPasskey(), refetch);
  const supported = usePasskeysSupported();
  const remove = useAuthMutation<void, string>('usePasskeys.remove', (c, credentialId) => c.deletePasskey(credentialId), refetch);
  return { list, register, remove, supported };
}
