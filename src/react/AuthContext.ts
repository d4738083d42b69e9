'use client';
import { createContext } from 'react';
import type { AuthClient } from '../core/auth-client.js';
import type { FormMessages } from './form-messages.js';

/** Holds only the client, which never changes: consumers re-render only through their own subscriptions. */
export interface AuthContextValue {
  client: AuthClient;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
AuthContext.displayName = 'ReactCognitoKitAuth';

/**
 * The provider's strings, apart from the client so a language switch re-renders only the kit's components: the
 * first forms' defaults and every override the app passed (those for other components' strings too). No default
 * value: useMessages asks for the provider first, and importing the defaults here would put errors.ts behind every
 * lazy form, which makes Rolldown 1.2 split the first load.
 */
export const MessagesContext = createContext<FormMessages>(null as unknown as FormMessages);
MessagesContext.displayName = 'ReactCognitoKitMessages';
