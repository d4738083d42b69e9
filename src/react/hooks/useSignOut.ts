'use client';
import type { SignOutOptions } from '../../core/auth-client.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/**
 * Signs out: clears the stored session at once and the query cache with it.
 * `useSignOut({ global: true })` revokes the refresh tokens on every device first.
 */
export function useSignOut(defaults: SignOutOptions = {}, options?: AuthMutationOptions<void, SignOutOptions | void>) {
  return useAuthMutation<void, SignOutOptions | void>(
    'useSignOut',
    (client, variables) => client.signOut({ ...defaults, ...(variables ?? {}) }),
    options,
  );
}
