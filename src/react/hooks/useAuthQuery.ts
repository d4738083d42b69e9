'use client';
import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { selectUserSub } from './selectors.js';
import { useAuthFetch } from './useAuthFetch.js';
import { useAuthState } from './useAuthState.js';

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(readonly status: number, readonly response: Response) {
    super(`HTTP ${status}`);
  }
}

/**
 * A react-query query of a JSON endpoint through authFetch. The key is prefixed with the user's `sub`, so
 * cached data is never served to another user, and the query waits while nobody is signed in.
 */
export function useAuthQuery<T>(
  queryKey: QueryKey,
  url: string,
  options: Omit<UseQueryOptions<T, Error, T>, 'queryKey' | 'queryFn'> & { init?: RequestInit } = {},
): UseQueryResult<T, Error> {
  const authFetch = useAuthFetch();
  const sub = useAuthState(selectUserSub);
  const { init, enabled = true, ...rest } = options;
  return useQuery<T, Error, T>({
    ...rest,
    queryKey: ['react-cognito-kit', 'user', sub, ...queryKey],
    enabled: sub !== null && enabled,
    queryFn: async ({ signal }) => {
      const response = await authFetch(url, { ...init, signal });
      if (!response.ok) throw new HttpError(response.status, response);
      return (await response.json()) as T;
    },
  });
}
