'use client';
import type { ConfirmSignUpInput } from '../../core/auth-client.js';
import type { NextStep } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** Confirms the sign-up code; with `password` it also signs in and resolves like useLogin. */
export function useConfirmSignUp(options?: AuthMutationOptions<NextStep, ConfirmSignUpInput>) {
  return useAuthMutation<NextStep, ConfirmSignUpInput>('useConfirmSignUp', (client, input) => client.confirmSignUp(input), options);
}
