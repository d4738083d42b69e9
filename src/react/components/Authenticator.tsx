'use client';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Session } from '../../core/types.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { useSession } from '../hooks/useSession.js';
import type { MessageOverrides } from '../messages.js';
import { loadStepModules } from './load-step-modules.js';
import { LoginForm, type LoginFormProps } from './LoginForm.js';
import { pendingStepKey } from './pending-step.js';

export type AuthenticatorView = 'signIn' | 'register' | 'forgotPassword';

export interface AuthenticatorProps {
  /** Shown once the user is signed in. */
  children?: ReactNode;
  /** The first view. Default `'signIn'` (or the view a reload left on its code step). */
  initialView?: AuthenticatorView;
  onSignedIn?: (session: Session) => void;
  /** After a password or code sign-in, offers to add a passkey (LoginForm's `offerPasskey`); then `children`. */
  offerPasskey?: boolean;
  /** Create an account without a password (RegisterForm's `passwordless`): pools with choice-based sign-in (`authFlow: 'USER_AUTH'`). */
  passwordless?: boolean;
  messages?: MessageOverrides;
}

// Only sign-in is in the first load: sign-up is fetched as the card mounts, so a click shows it at once; the reset
// form comes with the rarer steps' chunk when asked for.
const loadRegisterForm = () => import('./RegisterForm.js');
const RegisterForm = lazy(() => loadRegisterForm().then((m) => ({ default: m.RegisterForm })));
const ForgotPasswordForm = lazy(() => loadStepModules().then((m) => ({ default: m.ForgotPasswordForm })));

/** The first input of a view the user switched to gets focus once it is on screen (a lazy view comes later). */
const focusFirstInput = (box: HTMLDivElement | null) => void box?.querySelector('input')?.focus();

/** Sign in, create an account and reset a password in one card, switched in place: no router needed. */
function AuthenticatorCard({ initialView, offerPasskey, passwordless, messages }: Omit<AuthenticatorProps, 'children' | 'offerPasskey' | 'onSignedIn'> & { offerPasskey: LoginFormProps['offerPasskey'] }) {
  const { config } = useAuthClient();
  // Which view, and whether the user switched to it (then its first field takes focus).
  const [[view, switched], show] = useState<[AuthenticatorView, boolean]>([initialView ?? 'signIn', false]);
  useEffect(() => {
    const none = () => undefined;
    loadRegisterForm().catch(none);
    // A reload on the code step of a sign-up or a reset comes back to its view. Only a kept step fetches the steps'
    // chunk (the reset form too comes with it, when asked for).
    try {
      if (initialView || !sessionStorage.getItem(pendingStepKey(config.storageKey))) return;
    } catch {
      return;
    }
    loadStepModules().then((steps) => {
      const kept = steps.keptView(config);
      if (kept) show([kept, false]);
    }, none);
  }, [config, initialView]);
  const go = (next: AuthenticatorView) => () => show([next, true]);
  const signIn = go('signIn');
  return (
    <div className="rck-card">
      <Suspense>
        <div key={view} ref={switched ? focusFirstInput : undefined}>
          {view === 'register' ? (
            <RegisterForm onSignInClick={signIn} passwordless={passwordless} messages={messages} />
          ) : view === 'forgotPassword' ? (
            <ForgotPasswordForm onBackToSignIn={signIn} messages={messages} />
          ) : (
            <LoginForm onRegisterClick={go('register')} onForgotPasswordClick={go('forgotPassword')} offerPasskey={offerPasskey} messages={messages} />
          )}
        </div>
      </Suspense>
    </div>
  );
}

/**
 * The whole sign-in experience as one element: signed out, a card that switches between sign-in, create account
 * and forgot password (each with its code step); signed in, `children`. (Its own small gate, not ProtectedRoute:
 * groups and redirects are not needed here, and the quick start's first load stays small.)
 */
export function Authenticator({ children, onSignedIn, ...card }: AuthenticatorProps) {
  const { status, session } = useSession();
  // The passkey offer comes after the sign-in: the card stays until it is answered.
  const [held, holdSignedIn] = useState<boolean>();
  const open = !session || held;
  // A stored session being restored: nothing yet, rather than a sign-in form that vanishes a moment later.
  const showCard = open && (held || (status !== 'loading' && status !== 'refreshing'));
  // onSignedIn here, not in the forms: the card gives way to children as the session arrives, before a form's
  // sign-in call returns to it, so a form's callback would never run. A restored session never showed the card.
  const shown = useRef(false);
  useEffect(() => {
    if (showCard) shown.current = true;
    else if (!open && shown.current) {
      shown.current = false;
      onSignedIn?.(session!);
    }
  }, [showCard, open]);
  if (!open) return <>{children}</>;
  if (!showCard) return null;
  return <AuthenticatorCard {...card} offerPasskey={card.offerPasskey && holdSignedIn} />;
}
