import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { pendingStepKey } from '../../src/react/components/pending-step.js';
import type { PendingStep } from '../../src/react/components/pending-step-store.js';
import { useSession, type MessageOverrides } from '../../src/index.js';
import { localeOf } from './locales.js';
import { MockAuthProvider, type MockAuthClientOptions, type MockScripts, type TestSessionOptions } from '../../src/testing/index.js';

/** `parameters.auth`: how the story's mock Cognito behaves. No network, no AWS. */
export interface MockAuthParameters {
  /** How each Cognito call answers (`{ signIn: failWith('invalidCredentials') }`); unscripted calls succeed. */
  scripts?: MockScripts;
  /** Start signed in as this user (`{ email, groups, expiresIn }`); the session is made when the story mounts. */
  user?: TestSessionOptions;
  /** Users the mock knows: signing in as one gives their groups. */
  users?: TestSessionOptions[];
  /** Milliseconds each call takes (default 300, so pending states are visible). */
  delay?: number;
  /** Provider-level message overrides (i18n). */
  messages?: MessageOverrides;
  /** Show a line under the story with the session as the app sees it. */
  showSession?: boolean;
  /** A code step this tab kept before a reload (sessionStorage), e.g. `{ form: 'register', username }`. */
  pendingStep?: PendingStep;
  /** The user's passkeys at the start (`[mockPasskey]`). */
  passkeys?: MockAuthClientOptions['passkeys'];
  /** Client config on top of the mock pool's, e.g. `{ rememberDevice: 'ask' }`. */
  config?: MockAuthClientOptions['config'];
  /** Sign-in by redirect, answered at once (`{}`), or a way back that already failed (`{ redirectError }`). */
  oauth?: MockAuthClientOptions['oauth'];
}

/** Typed `parameters` for a story: `parameters: mockAuth({ scripts: { signIn: hang() } })`. */
export function mockAuth(auth: MockAuthParameters): { auth: MockAuthParameters } {
  return { auth };
}

/** What an app's header would show: the session status, the user and their groups. */
export function SessionReadout() {
  const { status, user, groups, signOutReason } = useSession();
  const who = user?.email ? ` · ${user.email}` : '';
  const inGroups = groups.length ? ` · groups: ${groups.join(', ')}` : '';
  const reason = signOutReason ? ` · reason: ${signOutReason}` : '';
  return (
    <p className="sb-session-readout" data-testid="session-readout">
      Session: {status}
      {who}
      {inGroups}
      {reason}
    </p>
  );
}

/**
 * Each story starts as a fresh tab: the code step a story left in sessionStorage (the forms keep it for a reload)
 * is gone, or replaced by the story's own `pendingStep`. Written before the forms' effects read it.
 */
function FreshTab({ pendingStep }: { pendingStep: PendingStep | undefined }) {
  useState(() => {
    const key = pendingStepKey('rck.mock');
    if (pendingStep) sessionStorage.setItem(key, JSON.stringify({ ...pendingStep, at: Date.now() }));
    else sessionStorage.removeItem(key);
  });
  return null;
}

/** Wraps every story in a MockAuthProvider built from `parameters.auth`, fresh for each story. */
export const withMockAuth: Decorator = (Story, context) => {
  const auth = (context.parameters.auth ?? {}) as MockAuthParameters;
  // The toolbar's locale pack, under the story's own overrides.
  const locale = localeOf(context.globals).pack;
  return (
    <MockAuthProvider
      key={context.id}
      scripts={auth.scripts}
      user={auth.user}
      users={auth.users}
      delay={auth.delay ?? 300}
      messages={locale.language === 'en' ? auth.messages : { ...locale, ...auth.messages, errors: { ...locale.errors, ...auth.messages?.errors } }}
      config={auth.config}
      oauth={auth.oauth}
      passkeys={auth.passkeys}
    >
      <FreshTab pendingStep={auth.pendingStep} />
      <Story />
      {auth.showSession ? <SessionReadout /> : null}
    </MockAuthProvider>
  );
};
