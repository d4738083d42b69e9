'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AuthClient } from '../../core/auth-client.js';

/** One user must never see another's cached data: drop every query when the signed-in user leaves or changes. */
export function useQueryCacheReset(client: AuthClient, queryClient: QueryClient): void {
  useEffect(() => {
    let lastUser = client.getState().session?.user.sub ?? null;
    return client.subscribe(() => {
      const state = client.getState();
      const user = state.session?.user.sub ?? null;
      // A network outage keeps the session, so only a real change of user (or sign-out) counts.
      if (state.status === 'loading' || state.status === 'refreshing' || user === lastUser) return;
      if (lastUser !== null) queryClient.removeQueries();
      lastUser = user;
    });
  }, [client, queryClient]);
}
