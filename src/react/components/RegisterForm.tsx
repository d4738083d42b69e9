'use client';
import { lazy, Suspense, useRef, useState } from 'react';
import { hasInvisibleCharacter } from '../../core/identifier.js';
import type { NextStep, Session } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { EmailField } from '../fields/EmailField.js';
import { NavLink } from '../fields/NavLink.js';
import type { FieldReader } from '../fields/field-reader.js';
import type { SignUpField } from '../fields/sign-up-field.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { newPasswordErrors } from '../fields/newPasswordChecks.js';
import { useFormFeedback, type FieldErrors } from '../fields/useFormFeedback.js';
import { fieldValue, isEmail } from '../fields/validation.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { useLogin } from '../hooks/useLogin.js';
import { useMessages } from '../hooks/useMessages.js';
import { useRegister } from '../hooks/useRegister.js';
import type { MessageOverrides } from '../messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { ProviderButtons } from './ProviderButtons.js';
import type { SocialProviderOption } from './SocialButtons.js';
import { loadStepModules } from './load-step-modules.js';
import { usePendingStep, type ConfirmSignUpView } from './pending-step.js';
import { pressKey, useStepLoader } from './useStepLoader.js';

export interface RegisterFormProps {
  /** Called when the account exists and is confirmed (before the automatic sign-in). */
  onRegistered?: (email: string) => void;
  /** Called once the new user is signed in (the form signs in by itself after confirmation). */
  onSignedIn?: (session: Session) => void;
  onNextStep?: (step: NextStep) => void;
  /** Shows an "I already have an account" link that calls this. */
  onSignInClick?: () => void;
  /** Extra attributes sent with the sign-up, e.g. { 'custom:source': 'landing' }. */
  attributes?: Record<string, string>;
  /** "Continue with …" buttons under an "or" divider (needs `oauth` in the config): signing up through a provider. */
  providers?: ReadonlyArray<SocialProviderOption>;
  /** Fields to ask for beyond email and password: standard or custom attributes, selects, a terms checkbox, dates. */
  fields?: SignUpField[];
  /**
   * No password fields: the account is made without one, for pools whose users sign in with a passkey or a one-time
   * code. Needs `authFlow: 'USER_AUTH'`, which signs the new user in once the code is confirmed.
   */
  passwordless?: boolean;
  messages?: MessageOverrides;
  className?: string;
}

// Fields other than email and password (the identity of other pools, `fields`): a chunk of their own, with their strings.
const SignUpFields = lazy(() => import('../fields/SignUpFields.js'));

type View = { name: 'details' } | ConfirmSignUpView;

export function RegisterForm({ onRegistered, onSignedIn, onNextStep, onSignInClick, attributes, providers, fields, passwordless, messages: overrides, className }: RegisterFormProps) {
  const messages = useMessages(overrides);
  const register = useRegister();
  const login = useLogin();
  const mechanisms = useAuthClient().config.loginMechanisms;
  const byEmail = mechanisms.join() === 'email';
  // In the order they show, for focus on the first error.
  const feedback = useFormFeedback(['username', 'email', 'phone_number', 'preferred_username', 'password', 'confirmPassword', ...(fields ?? []).map((f) => f.name)], messages);
  const readers = useRef<Partial<Record<'identity' | 'extra', FieldReader>>>({});
  // What the user typed (never the password), shown again when they come back from the code step.
  const typed = useRef<Record<string, string>>({});
  const [view, setView] = useState<View>({ name: 'details' });
  // In memory only, to sign in after the code step; never rendered or stored.
  const password = useRef<string | undefined>(undefined);
  // onRegistered once per sign-up: a confirmation after a reload reports it (`signIn`), and in a choice-based pool the
  // sign-in that follows ends in `done` too.
  const registered = useRef(false);
  const reportRegistered = (email: string) => {
    if (!registered.current) onRegistered?.(email);
    registered.current = true;
  };
  const stepLoader = useStepLoader();
  // A reload on the code step comes back to it (the email, never the password: the user signs in after).
  usePendingStep('register', setView);

  const handleStep = (step: NextStep, email: string) => {
    onNextStep?.(step);
    switch (step.step) {
      case 'confirmSignUp':
        stepLoader.open(
          pressKey(email, password.current ?? ''),
          (steps) => setView({ name: 'confirmSignUp', email: step.username, delivery: step.delivery, steps }),
          feedback.showAuthError,
        );
        return;
      case 'signIn':
        // The pool confirmed the account by itself: go straight to signing in.
        reportRegistered(email);
        if (password.current) {
          login.mutate({ email, password: password.current }, { onSuccess: (next) => handleStep(next, email), onError: feedback.showAuthError });
        }
        return;
      case 'done':
        password.current = undefined;
        onSignedIn?.(step.session);
        return;
      default:
        return;
    }
  };

  if (view.name === 'confirmSignUp') {
    return (
      <view.steps.ConfirmSignUpStep
        email={view.email}
        password={password.current}
        delivery={view.delivery}
        flow="register"
        messages={{ ...view.steps.stepMessages, ...messages }}
        className={className}
        onResult={(step) => {
          // Without the password (a reload) the step says `signIn` when confirmed, and that calls onRegistered.
          if (step.step === 'done' && (password.current || passwordless)) reportRegistered(view.email);
          handleStep(step, view.email);
        }}
        onCancel={() => setView({ name: 'details' })}
      />
    );
  }

  const submit = (form: HTMLFormElement) => {
    // The other fields read themselves (they come with their chunk, one round trip after the form).
    const parts = Object.values(readers.current).map((read) => read(form));
    if (parts.length < +!byEmail + +!!fields?.length) return;
    const { username, email: given, ...more } = Object.assign({}, ...parts.map((part) => part.values)) as Record<string, string>;
    const email = byEmail ? fieldValue(form, 'email').trim() : (given ?? '');
    const typedPassword = fieldValue(form, 'password');
    const confirmation = fieldValue(form, 'confirmPassword');
    const errors: FieldErrors<string> = Object.assign({}, ...parts.map((part) => part.errors));
    typed.current = Object.assign({ email }, ...parts.map((part) => part.typed));
    if (byEmail) errors.email = !email ? messages.emailRequired : hasInvisibleCharacter(email) ? messages.errors.invalidCharacters : isEmail(email) ? undefined : messages.errors.invalidEmail;
    if (!passwordless) Object.assign(errors, newPasswordErrors(typedPassword, confirmation, messages));
    if (Object.values(errors).some(Boolean)) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clear();
    const who = username ?? email;
    if (stepLoader.reopen(pressKey(who, typedPassword), feedback.showAuthError)) return;
    password.current = typedPassword || undefined;
    registered.current = false;
    // Nearly every sign-up goes on to the code step: fetch it while Cognito answers.
    void loadStepModules().catch(() => undefined);
    feedback.send(register.mutate, { username, email: email || undefined, password: password.current, attributes: { ...attributes, ...more } }, (step) =>
      handleStep(step, who),
    );
  };

  const more = (part: 'identity' | 'extra') => (
    <Suspense fallback={null}>
      <SignUpFields part={part} mechanisms={mechanisms} fields={fields ?? []} feedback={feedback} readers={readers.current} typed={typed.current} overrides={overrides} />
    </Suspense>
  );

  const footer = onSignInClick ? <NavLink onClick={onSignInClick}>{messages.signInLink}</NavLink> : null;

  return (
    <AuthFormFrame title={messages.registerTitle} onSubmit={submit} className={className} step="register" footer={footer}>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      {byEmail ? (
        <EmailField label={messages.emailLabel} defaultValue={typed.current.email} error={feedback.fieldErrors.email} inputRef={feedback.inputRef('email')} />
      ) : (
        more('identity')
      )}
      {passwordless ? null : <NewPasswordFields messages={messages} label={messages.passwordLabel} errors={feedback.fieldErrors} inputRef={feedback.inputRef} />}
      {fields?.length ? more('extra') : null}
      <SubmitButton
        pending={register.isPending || login.isPending || stepLoader.loading}
        label={messages.registerButton}
        pendingLabel={messages.registering}
      />
      {providers ? <ProviderButtons providers={providers} messages={overrides} /> : null}
    </AuthFormFrame>
  );
}
