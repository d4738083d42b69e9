'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createAuthClient, type AuthClient } from '../core/auth-client.js';
import type { AuthConfig } from '../core/config.js';
import { AuthContext, MessagesContext, type AuthContextValue } from './AuthContext.js';
import { formMessages } from './form-messages.js';
import { mergeMessages } from './merge-messages.js';
import type { MessageOverrides } from './messages.js';
import { useQueryCacheReset } from './hooks/useQueryCacheReset.js';

export interface AuthProviderProps {
  /** Read once, on first render: the client is built once for the provider's life. Remount (change `key`) to switch pools. */
  config?: AuthConfig;
  /** A client you built yourself with `createAuthClient` (or the testing entry's mock); takes precedence over `config`. */
  client?: AuthClient;
  /** Overrides for any visible string of the kit's components (i18n). May change (a language switch). */
  messages?: MessageOverrides;
  /** The react-query client for the kit's mutations; defaults to the app's own QueryClientProvider, else a private one. */
  queryClient?: QueryClient;
  children?: ReactNode;
}

export function AuthProvider({ config, client: givenClient, messages, queryClient, children }: AuthProviderProps) {
  // Built once, never in render or useMemo: StrictMode may call this twice, but the client has no side effects until start().
  const [client] = useState<AuthClient>(() => {
    if (givenClient) return givenClient;
    if (!config) throw new Error('<AuthProvider> needs a config: <AuthProvider config={{ userPoolId, clientId }}>.');
    return createAuthClient(config);
  });
  const [value] = useState<AuthContextValue>(() => ({ client }));
  // Follows the prop, so switching languages works; pass a stable object to avoid re-rendering the forms.
  const mergedMessages = useMemo(() => mergeMessages(formMessages, messages), [messages]);
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => queryClient ?? appQueryClient ?? new QueryClient());

  useQueryCacheReset(client, ownQueryClient);

  useEffect(() => {
    client.start();
    return () => client.stop();
  }, [client]);

  const tree = (
    <AuthContext.Provider value={value}>
      <MessagesContext.Provider value={mergedMessages}>{children}</MessagesContext.Provider>
    </AuthContext.Provider>
  );
  return ownQueryClient === appQueryClient ? tree : <QueryClientProvider client={ownQueryClient}>{tree}</QueryClientProvider>;
}
