'use client';
import { useMemo } from 'react';
import { mergeMessages, type AuthMessages, type MessageOverrides } from '../messages.js';
import { useAuthContext } from './useAuthClient.js';

/** Provider messages with a component's own overrides on top. */
export function useMessages(overrides?: MessageOverrides): AuthMessages {
  const base = useAuthContext('useMessages').messages;
  return useMemo(() => mergeMessages(base, overrides), [base, overrides]);
}
