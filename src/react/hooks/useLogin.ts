'use client';
import type { SignInInput } from '../../core/auth-client.js';
import type { NextStep } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** Signs in; resolves to the next step (`done` with the session, or what Cognito asks for next). */
export function useLogin(options?: AuthMutationOptions<NextStep, SignInInput>) {
  return useAuthMutation<NextStep, SignInInput>('useLogin', (client, input) => client.signIn(input), options);
}
