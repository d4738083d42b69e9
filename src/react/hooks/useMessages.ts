'use client';
import { useContext, useMemo } from 'react';
import { MessagesContext } from '../AuthContext.js';
import { mergeMessages, type AuthMessages, type MessageOverrides } from '../messages.js';
import { useAuthContext } from './useAuthClient.js';

/** Provider messages with a component's own overrides on top. */
export function useMessages(overrides?: MessageOverrides): AuthMessages {
  useAuthContext('useMessages');
  const base = useContext(MessagesContext);
  return useMemo(() => mergeMessages(base, overrides), [base, overrides]);
}
