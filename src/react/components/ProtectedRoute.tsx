'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useMessages } from '../hooks/useMessages.js';
import { useSession } from '../hooks/useSession.js';
import type { MessageOverrides } from '../messages.js';
import { LoginForm } from './LoginForm.js';

export interface ProtectedRouteProps {
  children: ReactNode;
  /** Shown when signed out. Defaults to a <LoginForm/> (unless `onSignedOut` redirects instead). */
  fallback?: ReactNode;
  /** Called when a signed-out user reaches this route, e.g. `() => navigate('/sign-in')`. */
  onSignedOut?: () => void;
  /** The user must be in at least one of these Cognito groups (`cognito:groups`). */
  groups?: readonly string[];
  /** Shown to a signed-in user outside `groups`. */
  forbidden?: ReactNode;
  /** Shown while a stored session is being restored. */
  loading?: ReactNode;
  messages?: MessageOverrides;
}

export function ProtectedRoute({ children, fallback, onSignedOut, groups, forbidden, loading, messages: overrides }: ProtectedRouteProps) {
  const { status, isSignedIn, groups: userGroups } = useSession();
  const messages = useMessages(overrides);
  const titleId = useId();
  const restoring = !isSignedIn && (status === 'loading' || status === 'refreshing');
  const signedOut = !isSignedIn && !restoring;

  // The latest callback, but one call per sign-out: an inline arrow must not redirect on every render.
  const redirect = useRef(onSignedOut);
  useEffect(() => {
    redirect.current = onSignedOut;
  });
  useEffect(() => {
    if (signedOut) redirect.current?.();
  }, [signedOut]);

  if (restoring) {
    return (
      <>
        {loading ?? (
          <p className="rck-loading" role="status" aria-live="polite">
            {messages.loading}
          </p>
        )}
      </>
    );
  }
  if (signedOut) {
    if (fallback !== undefined) return <>{fallback}</>;
    return onSignedOut ? null : <LoginForm messages={overrides} />;
  }
  if (groups && groups.length > 0 && !groups.some((group) => userGroups.includes(group))) {
    return (
      <>
        {forbidden ?? (
          <section className="rck-forbidden" aria-labelledby={titleId}>
            <h2 className="rck-title" id={titleId}>
              {messages.forbiddenTitle}
            </h2>
            <p>{messages.forbidden}</p>
          </section>
        )}
      </>
    );
  }
  return <>{children}</>;
}
