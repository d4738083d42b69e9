'use client';
import { useRef, useState } from 'react';
import type { ChallengeStep, NextStep, Session } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { PasswordField } from '../fields/PasswordField.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { EmailField } from '../fields/EmailField.js';
import { LinkButton } from '../fields/LinkButton.js';
import { useFormFeedback, type FieldErrors } from '../fields/useFormFeedback.js';
import { fieldValue, isEmail } from '../fields/validation.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { useLogin } from '../hooks/useLogin.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { ChallengeStepForm } from './ChallengeStepForm.js';
import { ConfirmSignUpStep } from './ConfirmSignUpStep.js';
import { ForgotPasswordForm } from './ForgotPasswordForm.js';

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
  messages?: MessageOverrides;
  className?: string;
}

const fields = ['email', 'password'] as const;
type Field = (typeof fields)[number];

type View =
  | { name: 'credentials' }
  | { name: 'confirmSignUp'; email: string }
  | { name: 'challenge'; step: ChallengeStep }
  | { name: 'resetPassword'; email: string };

export function LoginForm({
  onSignedIn,
  onNextStep,
  onRegisterClick,
  onForgotPasswordClick,
  defaultEmail,
  messages: overrides,
  className,
}: LoginFormProps) {
  const messages = useMessages(overrides);
  const login = useLogin();
  const feedback = useFormFeedback(fields, messages);
  const [view, setView] = useState<View>({ name: 'credentials' });
  // In memory only, to sign in straight after an unconfirmed user confirms; never rendered.
  const password = useRef<string | undefined>(undefined);
  const email = useRef('');
  const chosenMfa = useRef<'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | undefined>(undefined);
  const answer = useAnswerChallenge();

  const handleStep = (step: NextStep) => {
    onNextStep?.(step);
    switch (step.step) {
      case 'done':
        password.current = undefined;
        onSignedIn?.(step.session);
        return;
      case 'confirmSignUp':
        setView({ name: 'confirmSignUp', email: step.username });
        return;
      case 'resetPassword':
        setView({ name: 'resetPassword', email: step.username });
        return;
      case 'signIn':
        return;
      default:
        setView({ name: 'challenge', step });
    }
  };

  // After a wrong MFA code Cognito ends the challenge session: get a fresh one with the same credentials.
  // If the user had picked an MFA, pick it again, so they stay on the code step with the error in view.
  const restart = () => {
    if (!password.current) return;
    login.mutate(
      { email: email.current, password: password.current },
      {
        onSuccess: (step) => {
          if (step.step === 'selectMfa' && chosenMfa.current) answer.mutate({ kind: 'selectMfa', mfa: chosenMfa.current }, { onSuccess: handleStep });
          else handleStep(step);
        },
      },
    );
  };

  if (view.name === 'challenge') {
    return (
      <ChallengeStepForm
        key={view.step.step}
        step={view.step}
        messages={messages}
        onResult={handleStep}
        restart={restart}
        onMfaChosen={(mfa) => (chosenMfa.current = mfa)}
        className={className}
      />
    );
  }

  if (view.name === 'resetPassword') {
    return (
      <ForgotPasswordForm
        defaultEmail={view.email}
        intro={messages.passwordResetRequiredIntro}
        onSignedIn={onSignedIn}
        onNextStep={onNextStep}
        onBackToSignIn={() => setView({ name: 'credentials' })}
        messages={overrides}
        className={className}
      />
    );
  }

  if (view.name === 'confirmSignUp') {
    return (
      <ConfirmSignUpStep
        email={view.email}
        password={password.current}
        delivery={undefined}
        intro={messages.notConfirmedIntro}
        messages={messages}
        onResult={handleStep}
        className={className}
      />
    );
  }

  const submit = (form: HTMLFormElement) => {
    const typedEmail = fieldValue(form, 'email').trim();
    const typedPassword = fieldValue(form, 'password');
    const errors: FieldErrors<Field> = {};
    if (!typedEmail) errors.email = messages.emailRequired;
    else if (!isEmail(typedEmail)) errors.email = messages.errors.invalidEmail;
    if (!typedPassword) errors.password = messages.passwordRequired;
    if (errors.email || errors.password) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clear();
    password.current = typedPassword;
    email.current = typedEmail;
    login.mutate({ email: typedEmail, password: typedPassword }, { onSuccess: handleStep, onError: feedback.showAuthError });
  };

  const links =
    onForgotPasswordClick || onRegisterClick ? (
      <>
        {onForgotPasswordClick ? <LinkButton onClick={onForgotPasswordClick}>{messages.forgotPasswordLink}</LinkButton> : null}
        {onRegisterClick ? <LinkButton onClick={onRegisterClick}>{messages.registerLink}</LinkButton> : null}
      </>
    ) : null;

  return (
    <AuthFormFrame title={messages.signInTitle} onSubmit={submit} className={className} step="signIn" footer={links}>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <EmailField
        label={messages.emailLabel}
        defaultValue={defaultEmail}
        error={feedback.fieldErrors.email}
        inputRef={feedback.inputRef('email')}
      />
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
      <SubmitButton pending={login.isPending} label={messages.signInButton} pendingLabel={messages.signingIn} />
    </AuthFormFrame>
  );
}
