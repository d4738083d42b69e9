'use client';
import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { AuthClient } from '../../core/auth-client.js';
import type { AuthError } from '../../core/errors.js';
import { useAuthContext } from './useAuthClient.js';

/** Options a caller may pass to any of the kit's mutations (callbacks, retry…), everything but the function. */
export type AuthMutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, AuthError, TVariables>,
  'mutationFn' | 'mutationKey'
>;

/** One wrapper for every auth mutation: the client call, a stable key, and AuthError as the error type. */
export function useAuthMutation<TData, TVariables>(
  hookName: string,
  run: (client: AuthClient, variables: TVariables) => Promise<TData>,
  options?: AuthMutationOptions<TData, TVariables>,
): UseMutationResult<TData, AuthError, TVariables> {
  const { client } = useAuthContext(hookName);
  return useMutation<TData, AuthError, TVariables>({
    retry: false,
    ...options,
    mutationKey: ['react-cognito-kit', hookName],
    mutationFn: (variables) => run(client, variables),
  });
}
