'use client';
import type { NextStep } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

export interface ForgotPasswordInput {
  email: string;
}

/** Sends a password reset code; resolves to `resetPassword` with where the code went. */
export function useForgotPassword(options?: AuthMutationOptions<NextStep, ForgotPasswordInput>) {
  return useAuthMutation<NextStep, ForgotPasswordInput>('useForgotPassword', (client, { email }) => client.forgotPassword(email), options);
}
