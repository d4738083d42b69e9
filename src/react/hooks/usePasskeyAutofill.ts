'use client';
import { useEffect, useRef } from 'react';
import type { Session } from '../../core/types.js';
import { useAuthClient } from './useAuthClient.js';

/**
 * While the calling form is shown (and `enabled`), offers the passkey of the user this device remembers in the email
 * field's autofill (`client.signInWithPasskeyAutofill`; the field needs `autoComplete="username webauthn"`), and
 * calls `onSignedIn` once it is picked. Any other sign-in ends it. Failures stay silent: the autofill is a
 * shortcut, the form works without it.
 */
export function usePasskeyAutofill(onSignedIn: (session: Session) => void, enabled = true): void {
  const client = useAuthClient();
  const latest = useRef(onSignedIn);
  latest.current = onSignedIn;
  useEffect(() => {
    if (!enabled) return;
    const request = new AbortController();
    client.signInWithPasskeyAutofill(request.signal).then((session) => session && latest.current(session), String);
    return () => request.abort();
  }, [client, enabled]);
}
