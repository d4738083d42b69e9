'use client';
import type { NextStep } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

export interface ResendCodeInput {
  email: string;
}

/** Sends a new sign-up confirmation code; resolves to `confirmSignUp` with where it went. */
export function useResendCode(options?: AuthMutationOptions<NextStep, ResendCodeInput>) {
  return useAuthMutation<NextStep, ResendCodeInput>('useResendCode', (client, { email }) => client.resendCode(email), options);
}
