'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { CodeDelivery } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { userAttributesKey } from './useUserAttributes.js';
import { selectUserSub } from './selectors.js';
import { useAuthState } from './useAuthState.js';

/**
 * Updates attributes (`{ name: 'Ada' }`); resolves to the verifications Cognito started (a changed email gets a
 * code: verify it with useVerifyAttribute). The attributes query and the session's claims are refreshed.
 */
export function useUpdateUserAttributes(options?: AuthMutationOptions<CodeDelivery[], Record<string, string>>) {
  const queryClient = useQueryClient();
  const sub = useAuthState(selectUserSub);
  return useAuthMutation<CodeDelivery[], Record<string, string>>(
    'useUpdateUserAttributes',
    async (client, attributes) => {
      const pending = await client.updateUserAttributes(attributes);
      await queryClient.invalidateQueries({ queryKey: userAttributesKey(sub) });
      return pending;
    },
    options,
  );
}
