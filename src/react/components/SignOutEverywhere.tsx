'use client';
import { useId } from 'react';
import { FormAlert } from '../fields/FormAlert.js';
import { useMessages } from '../hooks/useMessages.js';
import { useSignOut } from '../hooks/useSignOut.js';
import type { MessageOverrides } from '../messages.js';
import { settingsMessages } from '../settings-messages.js';

export interface SignOutEverywhereProps {
  messages?: MessageOverrides;
  className?: string;
}

/** Revokes the user's sessions on every device (Cognito GlobalSignOut), then signs out here. */
export function SignOutEverywhere({ messages: overrides, className }: SignOutEverywhereProps) {
  const messages = useMessages(overrides, settingsMessages);
  const signOut = useSignOut({ global: true });
  const titleId = useId();
  return (
    <section className={className ? `rck-form ${className}` : 'rck-form'} data-step="signOutEverywhere" aria-labelledby={titleId}>
      <h2 className="rck-title" id={titleId}>
        {messages.signOutEverywhereTitle}
      </h2>
      <p className="rck-intro">{messages.signOutEverywhereIntro}</p>
      <FormAlert message={signOut.error ? (messages.errors[signOut.error.code] ?? signOut.error.message) : null} />
      <button type="button" className="rck-button" disabled={signOut.isPending} aria-busy={signOut.isPending || undefined} onClick={() => signOut.mutate()}>
        {signOut.isPending ? messages.signingOutEverywhere : messages.signOutEverywhereButton}
      </button>
    </section>
  );
}
