'use client';
import { useContext } from 'react';
import type { AuthClient } from '../../core/auth-client.js';
import { AuthContext, type AuthContextValue } from '../AuthContext.js';

export function useAuthContext(hookName: string): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error(`${hookName} must be used inside <AuthProvider>. Wrap your app: <AuthProvider config={{ userPoolId, clientId }}>…</AuthProvider>.`);
  }
  return value;
}

/** The core client, for anything the hooks do not cover. Stable for the provider's lifetime. */
export function useAuthClient(): AuthClient {
  return useAuthContext('useAuthClient').client;
}
