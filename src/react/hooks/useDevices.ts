'use client';
import { useQuery, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { UserDevices } from '../../core/cognito-transport.js';
import type { AuthError } from '../../core/errors.js';
import { useAuthContext } from './useAuthClient.js';
import { selectUserSub } from './selectors.js';
import { useAuthMutation } from './useAuthMutation.js';
import { useAuthState } from './useAuthState.js';

/** The query key of a user's devices: keyed by `sub`, so one user's list never serves another. */
export const devicesKey = (sub: string | null) => ['react-cognito-kit', 'devices', sub] as const;

export interface DevicesResult {
  /** The devices Cognito tracks for the user, this browser's marked `current`. Disabled while signed out. */
  list: UseQueryResult<UserDevices, AuthError>;
  /** Forgets a device (this browser's when called without a key); the list is fetched again. */
  forget: UseMutationResult<void, AuthError, string | undefined>;
  /** Remembers this browser's device (`false`: stops remembering it); the list is fetched again. */
  remember: UseMutationResult<void, AuthError, boolean | undefined>;
}

/**
 * The signed-in user's remembered devices as react-query state. Cognito has no rename: a device's name is the one
 * it was confirmed with.
 */
export function useDevices(): DevicesResult {
  const { client } = useAuthContext('useDevices');
  const sub = useAuthState(selectUserSub);
  const queryClient = useQueryClient();
  const refetch = { onSettled: () => queryClient.invalidateQueries({ queryKey: devicesKey(sub) }) };
  // No silent retries: a failure shows at once, and DeviceList offers "Try again".
  const list = useQuery<UserDevices, AuthError>({ queryKey: devicesKey(sub), queryFn: () => client.listDevices(), enabled: sub !== null, retry: false });
  const forget = useAuthMutation<void, string | undefined>('useDevices.forget', (c, deviceKey) => c.forgetDevice(deviceKey), refetch);
  const remember = useAuthMutation<void, boolean | undefined>('useDevices.remember', (c, remembered) => c.rememberDevice(remembered), refetch);
  return { list, forget, remember };
}
