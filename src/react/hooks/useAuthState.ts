'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { initialAuthState } from '../../core/auth-store.js';
import type { AuthState } from '../../core/types.js';
import { useAuthContext } from './useAuthClient.js';

// The server has no storage to restore from: it always renders the `loading` state.
const serverState = (): AuthState => initialAuthState;

/**
 * Subscribes to one slice of the auth state. The selector must return something stable (a primitive,
 * or a part of the state) so unrelated changes do not re-render.
 */
export function useAuthState<T>(selector: (state: AuthState) => T): T {
  const { client } = useAuthContext('useAuthState');
  const getSnapshot = useCallback(() => selector(client.getState()), [client, selector]);
  const getServerSnapshot = useCallback(() => selector(serverState()), [selector]);
  return useSyncExternalStore(client.subscribe, getSnapshot, getServerSnapshot);
}
