'use client';
import { createContext } from 'react';
import type { AuthClient } from '../core/auth-client.js';
import type { AuthMessages } from './messages.js';

/** Holds only stable things: the client never changes, so consumers re-render only through their own subscriptions. */
export interface AuthContextValue {
  client: AuthClient;
  messages: AuthMessages;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
AuthContext.displayName = 'ReactCognitoKitAuth';
