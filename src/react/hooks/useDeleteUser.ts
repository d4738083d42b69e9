'use client';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/**
 * Deletes the signed-in user's account (Cognito's DeleteUser). On success the session has ended here and in every
 * other tab, and the query cache is cleared with it. It cannot be undone: ask first (`<DeleteAccount>` does).
 */
export function useDeleteUser(options?: AuthMutationOptions<void, void>) {
  return useAuthMutation<void, void>('useDeleteUser', (client) => client.deleteUser(), options);
}
