'use client';
import { useEffect, useRef, useState } from 'react';
import type { CodeDelivery, NextStep, Session } from '../../core/types.js';
import { CodeField, normaliseCode } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { newPasswordErrors } from '../fields/newPasswordChecks.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { IdentifierField } from '../fields/IdentifierField.js';
import type { IdentifierReader } from '../fields/LoginIdField.js';
import { LinkButton } from '../fields/LinkButton.js';
import { NavLink } from '../fields/NavLink.js';
import { useFormFeedback, type FieldErrors } from '../fields/useFormFeedback.js';
import { fieldValue, isEmail } from '../fields/validation.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { useConfirmForgotPassword } from '../hooks/useConfirmForgotPassword.js';
import { useForgotPassword } from '../hooks/useForgotPassword.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';
import { stepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { forCodeMedium } from './code-medium.js';
import { keepForReload, readPendingStep } from './pending-step-store.js';

export interface ForgotPasswordFormProps {
  defaultEmail?: string;
  /** Called after the new password is set. */
  onReset?: (email: string) => void;
  /** Called when the user is signed in with the new password (the default after a reset). */
  onSignedIn?: (session: Session) => void;
  /** Shows a "Back to sign in" link that calls this. */
  onBackToSignIn?: () => void;
  /** Sign in with the new password right after the reset. Default true. */
  signInAfterReset?: boolean;
  /** Replaces the first step's introduction (LoginForm uses it when Cognito demands a reset). */
  intro?: string;
  onNextStep?: (step: NextStep) => void;
  messages?: MessageOverrides;
  className?: string;
}

type View = { name: 'email' } | { name: 'reset'; email: string; delivery: CodeDelivery | undefined; done?: boolean };
const emailFields = ['email'] as const;
const resetFields = ['code', 'password', 'confirmPassword'] as const;

export function ForgotPasswordForm({
  defaultEmail,
  onReset,
  onSignedIn,
  onBackToSignIn,
  signInAfterReset = true,
  intro,
  onNextStep,
  messages: overrides,
  className,
}: ForgotPasswordFormProps) {
  const messages = useMessages(overrides, stepMessages);
  const request = useForgotPassword();
  const confirm = useConfirmForgotPassword();
  const emailFeedback = useFormFeedback(emailFields, messages);
  const resetFeedback = useFormFeedback(resetFields, messages);
  const [view, setView] = useState<View>({ name: 'email' });
  const [notice, setNotice] = useState<string | null>(null);
  const { config } = useAuthClient();
  const identifier = useRef<IdentifierReader | undefined>(undefined);
  const { storageKey } = config;

  // A reload on the code stage comes back to it: the email and where the code went are kept in sessionStorage
  // (never the code or a password) until the password is reset or the user leaves. Not when the app asks about
  // another email.
  useEffect(() => {
    const step = readPendingStep(config, 'reset');
    if (step && (!defaultEmail || defaultEmail === step.username)) {
      setView({ name: 'reset', email: step.username, delivery: step });
      setNotice(forCodeMedium(messages, step, step.username, config.loginMechanisms).codeHint(step.destination));
    }
    // Once, on mount: the kept step is the one to come back to, whatever the strings are now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);
  const kept = view.name === 'reset' && !view.done ? view : undefined;
  useEffect(
    () => (kept ? keepForReload(config, { form: 'reset', username: kept.email, destination: kept.delivery?.destination, medium: kept.delivery?.medium }) : undefined),
    [config, kept],
  );

  // Going back ends the code stage (and what was kept of it for a reload).
  const back = onBackToSignIn ? (
    <NavLink
      onClick={() => {
        setView({ name: 'email' });
        onBackToSignIn();
      }}
    >
      {messages.backToSignIn}
    </NavLink>
  ) : null;

  const sendCode = (email: string, feedback: typeof emailFeedback | typeof resetFeedback, resent = false) =>
    feedback.send(request.mutate, { email }, (step) => {
      onNextStep?.(step);
      const delivery = step.step === 'resetPassword' ? step.delivery : undefined;
      setView({ name: 'reset', email, delivery });
      setNotice(resent ? messages.codeResent(delivery?.destination) : forCodeMedium(messages, delivery, email, config.loginMechanisms).codeHint(delivery?.destination));
    });

  if (view.name === 'email') {
    const submit = (form: HTMLFormElement) => {
      const id = identifier.current?.(form);
      const email = id ? id.value : fieldValue(form, 'email').trim();
      const error = id ? id.error : !email ? messages.emailRequired : isEmail(email) ? undefined : messages.errors.invalidEmail;
      if (error) {
        emailFeedback.showErrors({ email: error });
        return;
      }
      emailFeedback.clear();
      sendCode(email, emailFeedback);
    };
    return (
      <AuthFormFrame title={messages.forgotPasswordTitle} onSubmit={submit} className={className} step="forgotPassword" footer={back}>
        <p className="rck-intro">{intro ?? messages.forgotPasswordIntro}</p>
        <FormAlert message={emailFeedback.formError} alertRef={emailFeedback.alertRef} />
        <IdentifierField
          mechanisms={config.loginMechanisms}
          label={messages.emailLabel}
          defaultValue={defaultEmail}
          error={emailFeedback.fieldErrors.email}
          inputRef={emailFeedback.inputRef('email')}
          readerRef={identifier}
          overrides={overrides}
        />
        <SubmitButton pending={request.isPending} label={messages.sendCodeButton} pendingLabel={messages.sendingCode} />
      </AuthFormFrame>
    );
  }

  const { email } = view;
  // Where the code went: "Use a different phone number" after a text message.
  const { codeRequired, changeEmail } = forCodeMedium(messages, view.delivery, email, config.loginMechanisms);
  const submit = (form: HTMLFormElement) => {
    const code = normaliseCode(fieldValue(form, 'code'));
    const password = fieldValue(form, 'password');
    const errors: FieldErrors<(typeof resetFields)[number]> = newPasswordErrors(password, fieldValue(form, 'confirmPassword'), messages);
    if (!code) errors.code = codeRequired;
    if (Object.keys(errors).length) {
      resetFeedback.showErrors(errors);
      return;
    }
    resetFeedback.clear();
    resetFeedback.send(confirm.mutate, { email, code, newPassword: password, signIn: signInAfterReset }, (step) => {
      setView({ ...view, done: true });
      onNextStep?.(step);
      onReset?.(email);
      if (step.step === 'done') onSignedIn?.(step.session);
    });
  };
  return (
    <AuthFormFrame title={messages.resetPasswordTitle} onSubmit={submit} className={className} step="resetPassword" footer={back}>
      <FormAlert message={notice} tone="info" />
      <FormAlert message={resetFeedback.formError} alertRef={resetFeedback.alertRef} />
      <CodeField name="code" label={messages.codeLabel} required autoFocus error={resetFeedback.fieldErrors.code} inputRef={resetFeedback.inputRef('code')} />
      <NewPasswordFields messages={messages} errors={resetFeedback.fieldErrors} inputRef={resetFeedback.inputRef} />
      <SubmitButton pending={confirm.isPending} label={messages.resetPasswordButton} pendingLabel={messages.resettingPassword} />
      <LinkButton
        disabled={request.isPending}
        onClick={() => {
          resetFeedback.clear();
          setNotice(null);
          sendCode(email, resetFeedback, true);
        }}
      >
        {request.isPending ? messages.resendingCode : messages.resendCode}
      </LinkButton>
      <LinkButton onClick={() => setView({ name: 'email' })}>{changeEmail}</LinkButton>
    </AuthFormFrame>
  );
}
