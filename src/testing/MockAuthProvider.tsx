'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { AuthClient } from '../core/auth-client.js';
import { AuthProvider } from '../react/AuthProvider.js';
import type { MessageOverrides } from '../react/messages.js';
import { createMockAuthClient, type MockAuthClientOptions } from './mock-auth-client.js';

export interface MockAuthProviderProps extends MockAuthClientOptions {
  /** A client you made with `createMockAuthClient` (to inspect `calls`); else one is built from the other props. */
  client?: AuthClient;
  messages?: MessageOverrides;
  queryClient?: QueryClient;
  children?: ReactNode;
}

/**
 * The kit's `AuthProvider` over a scripted mock client: no network, no AWS. Props are read once, on the
 * first render (like `AuthProvider`'s config); give it a new `key` to start over.
 */
export function MockAuthProvider({ client: givenClient, messages, queryClient, children, ...options }: MockAuthProviderProps) {
  const [client] = useState<AuthClient>(() => givenClient ?? createMockAuthClient(options));
  return (
    <AuthProvider client={client} messages={messages} queryClient={queryClient}>
      {children}
    </AuthProvider>
  );
}
