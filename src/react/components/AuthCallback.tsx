'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import type { RedirectResult } from '../../core/oauth/oauth-flows-api.js';
import { FormAlert } from '../fields/FormAlert.js';
import { useMessages } from '../hooks/useMessages.js';
import { useRedirectStatus } from '../hooks/useRedirectStatus.js';
import type { MessageOverrides } from '../messages.js';
import { redirectErrorText } from '../oauth-error-text.js';
import { oauthMessages } from '../oauth-messages.js';

export interface AuthCallbackProps {
  /** Called once signed in, with where the sign-in started (route there with your router). */
  onSignedIn?: (result: RedirectResult) => void;
  /** Shown under an error, e.g. a link back to the sign-in page. */
  children?: ReactNode;
  messages?: MessageOverrides;
}

/**
 * For apps that route the redirect URL themselves: render it there. The AuthProvider finishes the way back (once,
 * however many ask); this shows the progress, then the error (focused) or calls `onSignedIn`.
 */
export function AuthCallback({ onSignedIn, children, messages: overrides }: AuthCallbackProps) {
  const messages = useMessages(overrides, oauthMessages);
  const { status, flows } = useRedirectStatus();
  const latest = useRef(onSignedIn);
  latest.current = onSignedIn;
  const alertRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    // A provider without the automatic start (e.g. a client that was never started) still finishes here.
    flows?.handleRedirectCallback().catch(() => undefined);
  }, [flows]);
  const reported = useRef(false);
  useEffect(() => {
    if (status.status !== 'done' || reported.current) return;
    reported.current = true;
    latest.current?.({ session: status.session, returnTo: status.returnTo });
  }, [status]);
  const error = status.status === 'error' ? status.error : null;
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);
  if (!error) return <FormAlert tone="info" message={status.status === 'done' ? null : messages.oauthFinishing} />;
  return (
    <div className="rck-callback">
      <FormAlert message={redirectErrorText(messages, error)} alertRef={alertRef} />
      {children}
    </div>
  );
}
