'use client';
import { useMemo } from 'react';
import { createAuthFetch, type AuthFetch, type AuthFetchOptions } from '../../core/auth-fetch.js';
import { useAuthContext } from './useAuthClient.js';

/** `fetch` with the bearer token, refresh-before-expiry and one shared refresh + retry on 401. Stable per token kind. */
export function useAuthFetch(options: Pick<AuthFetchOptions, 'token'> = {}): AuthFetch {
  const { client } = useAuthContext('useAuthFetch');
  const token = options.token ?? 'access';
  return useMemo(() => createAuthFetch(client, { token }), [client, token]);
}
