'use client';
import { useRef, useState } from 'react';
import { hasInvisibleCharacter } from '../../core/identifier.js';
import type { NextStep, Session } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { EmailField } from '../fields/EmailField.js';
import { NavLink } from '../fields/NavLink.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { newPasswordErrors } from '../fields/newPasswordChecks.js';
import { useFormFeedback, type FieldErrors } from '../fields/useFormFeedback.js';
import { fieldValue, isEmail } from '../fields/validation.js';
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
  messages?: MessageOverrides;
  className?: string;
}

const fields = ['email', 'password', 'confirmPassword'] as const;
type Field = (typeof fields)[number];

type View = { name: 'details' } | ConfirmSignUpView;

export function RegisterForm({ onRegistered, onSignedIn, onNextStep, onSignInClick, attributes, providers, messages: overrides, className }: RegisterFormProps) {
  const messages = useMessages(overrides);
  const register = useRegister();
  const login = useLogin();
  const feedback = useFormFeedback(fields, messages);
  const [view, setView] = useState<View>({ name: 'details' });
  // In memory only, to sign in after the code step; never rendered or stored.
  const password = useRef<string | undefined>(undefined);
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
        onRegistered?.(email);
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
          if (step.step === 'done' && password.current) onRegistered?.(view.email);
          handleStep(step, view.email);
        }}
        onCancel={() => setView({ name: 'details' })}
      />
    );
  }

  const submit = (form: HTMLFormElement) => {
    const email = fieldValue(form, 'email').trim();
    const typedPassword = fieldValue(form, 'password');
    const confirmation = fieldValue(form, 'confirmPassword');
    const errors: FieldErrors<Field> = {};
    if (!email) errors.email = messages.emailRequired;
    else if (hasInvisibleCharacter(email)) errors.email = messages.errors.invalidCharacters;
    else if (!isEmail(email)) errors.email = messages.errors.invalidEmail;
    Object.assign(errors, newPasswordErrors(typedPassword, confirmation, messages));
    if (Object.keys(errors).length) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clear();
    if (stepLoader.reopen(pressKey(email, typedPassword), feedback.showAuthError)) return;
    password.current = typedPassword;
    // Nearly every sign-up goes on to the code step: fetch it while Cognito answers.
    void loadStepModules().catch(() => undefined);
    feedback.send(register.mutate, { email, password: typedPassword, attributes }, (step) => handleStep(step, email));
  };

  const footer = onSignInClick ? <NavLink onClick={onSignInClick}>{messages.signInLink}</NavLink> : null;

  return (
    <AuthFormFrame title={messages.registerTitle} onSubmit={submit} className={className} step="register" footer={footer}>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <EmailField label={messages.emailLabel} error={feedback.fieldErrors.email} inputRef={feedback.inputRef('email')} />
      <NewPasswordFields messages={messages} label={messages.passwordLabel} errors={feedback.fieldErrors} inputRef={feedback.inputRef} />
      <SubmitButton
        pending={register.isPending || login.isPending || stepLoader.loading}
        label={messages.registerButton}
        pendingLabel={messages.registering}
      />
      {providers ? <ProviderButtons providers={providers} messages={overrides} /> : null}
    </AuthFormFrame>
  );
}
