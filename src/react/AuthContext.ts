'use client';
import { createContext } from 'react';
import type { AuthClient } from '../core/auth-client.js';
import { defaultMessages, type AuthMessages } from './messages.js';

/** Holds only the client, which never changes: consumers re-render only through their own subscriptions. */
export interface AuthContextValue {
  client: AuthClient;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
AuthContext.displayName = 'ReactCognitoKitAuth';

/** The provider's strings, apart from the client so a language switch re-renders only the kit's components. */
export const MessagesContext = createContext<AuthMessages>(defaultMessages);
MessagesContext.displayName = 'ReactCognitoKitMessages';
