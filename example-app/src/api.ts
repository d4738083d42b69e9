import { useQuery } from '@tanstack/react-query';
import { useAuthFetch } from 'react-cognito-kit';
import { apiUrl } from './config';

export interface ApiAnswer<T = unknown> {
  status: number;
  ok: boolean;
  body: T;
  /** When the answer arrived (ms since epoch). */
  at: number;
}

/**
 * GET a demo API path with the kit's `useAuthFetch` (bearer token, refreshed first when due; on a 401 one shared
 * refresh and one retry). Non-2xx answers are data here (the page shows a 403), not errors; for plain JSON
 * endpoints the kit's `useAuthQuery` does this in one line.
 */
export function useApiQuery<T = unknown>(path: string) {
  const authFetch = useAuthFetch();
  return useQuery({
    queryKey: ['api', path],
    queryFn: async ({ signal }): Promise<ApiAnswer<T>> => {
      const response = await authFetch(`${apiUrl}${path}`, { signal });
      const body = (await response.json().catch(() => null)) as T;
      return { status: response.status, ok: response.ok, body, at: Date.now() };
    },
  });
}
