'use client';
import type { ConfirmForgotPasswordInput } from '../../core/auth-client.js';
import type { NextStep } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** Sets a new password with the emailed code; with `signIn: true` it also signs in. */
export function useConfirmForgotPassword(options?: AuthMutationOptions<NextStep, ConfirmForgotPasswordInput>) {
  return useAuthMutation<NextStep, ConfirmForgotPasswordInput>('useConfirmForgotPassword', (client, input) => client.confirmForgotPassword(input), options);
}
