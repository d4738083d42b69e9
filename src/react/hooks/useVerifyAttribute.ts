'use client';
import type { VerifyAttributeInput } from '../../core/auth-client.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** Verifies a changed attribute (e.g. a new email) with the code Cognito sent; claims are refreshed after. */
export function useVerifyAttribute(options?: AuthMutationOptions<void, VerifyAttributeInput>) {
  return useAuthMutation<void, VerifyAttributeInput>('useVerifyAttribute', (client, input) => client.verifyAttribute(input), options);
}
