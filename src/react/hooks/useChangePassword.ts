'use client';
import type { ChangePasswordInput } from '../../core/auth-client.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** Changes the signed-in user's password. A wrong current password fails with `wrongCurrentPassword`. */
export function useChangePassword(options?: AuthMutationOptions<void, ChangePasswordInput>) {
  return useAuthMutation<void, ChangePasswordInput>('useChangePassword', (client, input) => client.changePassword(input), options);
}
