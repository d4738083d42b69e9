'use client';
import type { SignUpInput } from '../../core/auth-client.js';
import type { NextStep } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** Creates an account; resolves to `confirmSignUp` (with where the code went) or `signIn` when the pool confirms by itself. */
export function useRegister(options?: AuthMutationOptions<NextStep, SignUpInput>) {
  return useAuthMutation<NextStep, SignUpInput>('useRegister', (client, input) => client.signUp(input), options);
}
