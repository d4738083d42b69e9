'use client';
import { useContext, useMemo } from 'react';
import { MessagesContext } from '../AuthContext.js';
import type { FormMessages } from '../form-messages.js';
import { mergeMessages } from '../merge-messages.js';
import type { MessageOverrides } from '../messages.js';
import { useAuthContext } from './useAuthClient.js';

/**
 * The provider's strings with a component's own overrides on top. A component whose strings are not among the
 * first forms' passes its own `defaults` (step-messages.ts, account-messages.ts): they ship only with it.
 */
export function useMessages(overrides?: MessageOverrides): FormMessages;
export function useMessages<D extends object>(overrides: MessageOverrides | undefined, defaults: D): FormMessages & D;
export function useMessages(overrides?: MessageOverrides, defaults?: object): FormMessages {
  useAuthContext('useMessages');
  const base = useContext(MessagesContext);
  // The provider's overrides (in `base`) win over a component's defaults.
  return useMemo(() => mergeMessages(defaults ? { ...defaults, ...base } : base, overrides), [base, overrides, defaults]);
}
