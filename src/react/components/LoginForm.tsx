'use client';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { SignInInput } from '../../core/auth-client.js';
import type { AuthError } from '../../core/errors.js';
import { loadCognitoTransport, loadErrorMapping } from '../../core/lazy-transport.js';
import { loadSrp } from '../../core/srp/load-srp.js';
import type { ChallengeStep, NextStep, Session } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { PasswordField } from '../fields/PasswordField.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { EmailField } from '../fields/EmailField.js';
import { NavLink } from '../fields/NavLink.js';
import type { IdentifierReader } from '../fields/LoginIdField.js';
import { useFormFeedback, type FieldErrors } from '../fields/useFormFeedback.js';
import { fieldValue, isEmail } from '../fields/validation.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { useLogin } from '../hooks/useLogin.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { SocialProviderOption } from './SocialButtons.js';
import type { StepModules } from './load-step-modules.js';
import { usePendingStep, type ConfirmSignUpView } from './pending-step.js';
import { pressKey, useStepLoader } from './useStepLoader.js';

export interface LoginFormProps {
  /** Called once the session exists. */
  onSignedIn?: (session: Session) => void;
  /** Called for every step the sign-in reaches, including ones your app may want to route itself. */
  onNextStep?: (step: NextStep) => void;
  /** Shows a "Create an account" link that calls this. */
  onRegisterClick?: () => void;
  /** Shows a "Forgot your password?" link that calls this. */
  onForgotPasswordClick?: () => void;
  defaultEmail?: string;
  /** "Continue with …" buttons under an "or" divider (needs `oauth` in the config), e.g. `['Google', { name: 'AcmeSSO', label: 'Acme SSO' }]`. */
  providers?: ReadonlyArray<SocialProviderOption>;
  /**
   * After a password or code sign-in, in a browser with WebAuthn, offers a user with no passkey yet to add one
   * ("Add a passkey for next time?"); `onSignedIn` follows the answer. The form must stay on screen once the session
   * exists: `Authenticator` does that; behind a gate of your own pass a function instead of `true`, called with `true`
   * as a sign-in starts (keep the form) and with nothing once the offer is over.
   */
  offerPasskey?: boolean | ((hold?: boolean) => void);
  messages?: MessageOverrides;
  className?: string;
}

// Pools that sign in by email (the default) get the email field; the other identifiers' field comes on demand.
const LoginIdField = lazy(() => import('../fields/LoginIdField.js'));
// Choice-based sign-in: the passkey of the user this device remembers, offered in the email field's suggestions.
const PasskeyAutofill = lazy(() => import('./PasskeyAutofill.js'));
// With `providers` only: the buttons, their marks and strings (declared here, not through ProviderButtons as
// RegisterForm does: that module's wrapper cost the first load 19 B).
const SocialButtons = lazy(() => import('./social-buttons-chunk.js'));

const fields = ['email', 'password'] as const;
type Field = (typeof fields)[number];

/** A step after the credentials: rendered by LoginFormStep, which comes with the steps' chunk. */
export type LoginStepView =
  | ConfirmSignUpView
  | { name: 'challenge'; step: ChallengeStep; steps: StepModules }
  | { name: 'resetPassword'; email: string; steps: StepModules }
  | { name: 'offerPasskey'; done: () => void; steps: StepModules };

type View = { name: 'credentials' } | LoginStepView;
const credentials: View = { name: 'credentials' };

export function LoginForm({
  onSignedIn,
  onNextStep,
  onRegisterClick,
  onForgotPasswordClick,
  defaultEmail,
  providers,
  offerPasskey,
  messages: overrides,
  className,
}: LoginFormProps) {
  const messages = useMessages(overrides);
  const login = useLogin();
  const feedback = useFormFeedback(fields, messages);
  const [view, setView] = useState(credentials);
  // In memory only, to sign in straight after an unconfirmed user confirms; never rendered.
  const password = useRef<string | undefined>(undefined);
  const email = useRef('');
  const identifier = useRef<IdentifierReader | undefined>(undefined);
  const stepLoader = useStepLoader();
  const client = useAuthClient();
  const { authFlow, loginMechanisms } = client.config;
  // Choice-based sign-in: the identifier alone, then the way (passkey, code, password) on the steps' own screens.
  const choice = authFlow === 'USER_AUTH';
  // The wire layer, the error mapping and the SRP maths are chunks of their own (core/lazy-transport.ts,
  // core/srp/load-srp.ts): fetch them now, not when "Sign in" is pressed, build the transport at idle, and start
  // the SRP worker computing A.
  // Then one render that changes nothing: React's update path (and the form's) runs for the first time here, before
  // the click, not in the task that shows the pending button (compiling it cost that task ~30 ms at 4× CPU throttling).
  const [, warm] = useState(0);
  useEffect(() => {
    Promise.all([
      loadCognitoTransport().then((wire) => wire.warmTransport(client.config)),
      loadErrorMapping(),
      authFlow === 'USER_SRP_AUTH' && loadSrp().then((srp) => srp.prepareSrp()),
    ])
      .then(() => warm(1))
      .catch(() => undefined);
  }, [authFlow, client]);
  // A reload on the code step of an unconfirmed account comes back to it (the email, never the password).
  usePendingStep('signIn', setView);
  // Errors are shown on the credentials form (what the user typed there is still in it).
  const failToCredentials = (error: AuthError) => {
    setView(credentials);
    feedback.showAuthError(error);
  };

  const pressed = () => pressKey(email.current, password.current ?? '');

  const handleStep = (step: NextStep) => {
    onNextStep?.(step);
    switch (step.step) {
      case 'done': {
        password.current = undefined;
        const done = () => {
          if (typeof offerPasskey == 'function') offerPasskey();
          onSignedIn?.(step.session);
        };
        if (offerPasskey) stepLoader.open('', (steps) => setView({ name: 'offerPasskey', steps, done }), done);
        else done();
        return;
      }
      case 'confirmSignUp':
      case 'resetPassword':
        // One view shape for both (the code step, the reset form): as LoginStepView, since TS does not pair name and step.
        stepLoader.open(pressed(), (steps) => setView({ name: step.step, email: step.username, steps } as LoginStepView), failToCredentials);
        return;
      case 'signIn':
        return;
      default:
        // Reopened later only while the client still holds this challenge (not replaced, not ended).
        stepLoader.open(pressed(), (steps) => setView({ name: 'challenge', step, steps }), failToCredentials, () => client.getState().challenge === step);
    }
  };

  if (view.name !== 'credentials') {
    return (
      <view.steps.LoginFormStep
        view={view}
        messages={messages}
        overrides={overrides}
        className={className}
        onSignedIn={onSignedIn}
        onNextStep={onNextStep}
        onResult={handleStep}
        back={() => setView(credentials)}
        login={login}
        email={email}
        password={password}
      />
    );
  }

  const submit = (form: HTMLFormElement) => {
    const id = identifier.current?.(form);
    const typedEmail = id ? id.value : fieldValue(form, 'email').trim();
    const typedPassword = fieldValue(form, 'password');
    const errors: FieldErrors<Field> = {};
    if (id) errors.email = id.error;
    else if (!typedEmail) errors.email = messages.emailRequired;
    else if (!isEmail(typedEmail)) errors.email = messages.errors.invalidEmail;
    if (!typedPassword && !choice) errors.password = messages.passwordRequired;
    if (errors.email || errors.password) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clear();
    if (stepLoader.reopen(pressKey(typedEmail, typedPassword), failToCredentials)) return;
    password.current = typedPassword;
    email.current = typedEmail;
    if (typeof offerPasskey == 'function') offerPasskey(true);
    // The click's task renders nothing: react-query's mutation, the pending button's render and the sign-in's first
    // work each come in a task of their own, so no task holds up a slow device (issue #17). The guard in send() is
    // set at once, so more submits in this task still start nothing.
    feedback.send<SignInInput, NextStep>(
      (input, callbacks) => setTimeout(() => login.mutate(input, callbacks)),
      { email: typedEmail, password: typedPassword },
      handleStep,
    );
  };

  const links =
    onForgotPasswordClick || onRegisterClick ? (
      <>
        {onForgotPasswordClick ? <NavLink onClick={onForgotPasswordClick}>{messages.forgotPasswordLink}</NavLink> : null}
        {onRegisterClick ? <NavLink onClick={onRegisterClick}>{messages.registerLink}</NavLink> : null}
      </>
    ) : null;

  return (
    <AuthFormFrame title={messages.signInTitle} onSubmit={submit} className={className} step="signIn" footer={links}>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      {loginMechanisms.join() === 'email' ? (
        <EmailField
          label={messages.emailLabel}
          defaultValue={defaultEmail}
          autoComplete={choice ? 'username webauthn' : 'username'}
          error={feedback.fieldErrors.email}
          inputRef={feedback.inputRef('email')}
        />
      ) : (
        <Suspense>
          <LoginIdField
            mechanisms={loginMechanisms}
            defaultValue={defaultEmail}
            error={feedback.fieldErrors.email}
            inputRef={feedback.inputRef('email')}
            readerRef={identifier}
            overrides={overrides}
          />
        </Suspense>
      )}
      {choice ? (
        <Suspense>
          <PasskeyAutofill onResult={handleStep} />
        </Suspense>
      ) : (
        <PasswordField
          name="password"
          label={messages.passwordLabel}
          autoComplete="current-password"
          required
          showLabel={messages.showPassword}
          hideLabel={messages.hidePassword}
          error={feedback.fieldErrors.password}
          inputRef={feedback.inputRef('password')}
        />
      )}
      <SubmitButton pending={login.isPending || stepLoader.loading} label={choice ? messages.continueButton : messages.signInButton} pendingLabel={messages.signingIn} />
      {providers && (
        <Suspense>
          <SocialButtons divider providers={providers} messages={overrides} />
        </Suspense>
      )}
    </AuthFormFrame>
  );
}
