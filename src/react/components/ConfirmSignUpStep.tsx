'use client';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChallengeStep, CodeDelivery, NextStep } from '../../core/types.js';
import { CodeField, readCode } from '../fields/CodeField.js';
import { EmailField } from '../fields/EmailField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { identifierKind } from '../fields/identifier-kind.js';
import { LinkButton } from '../fields/LinkButton.js';
import { PasswordField } from '../fields/PasswordField.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { TextField } from '../fields/TextField.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { useConfirmSignUp } from '../hooks/useConfirmSignUp.js';
import { useLogin } from '../hooks/useLogin.js';
import { useResendCode } from '../hooks/useResendCode.js';
import type { FieldMessages } from '../field-messages.js';
import type { FormMessages } from '../form-messages.js';
import type { PasswordlessMessages } from '../passwordless-messages.js';
import type { StepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { ChallengeStepForm } from './ChallengeStepForm.js';
import { forCodeMedium } from './code-medium.js';
import { keepForReload, type PendingStep } from './pending-step-store.js';

const fields = ['code', 'password'] as const;

export interface ConfirmSignUpStepProps {
  email: string;
  /** Kept in memory by the parent form only, so the user is signed in right after confirming. */
  password: string | undefined;
  delivery: CodeDelivery | undefined;
  /** The form this step belongs to: after a reload only that form reopens it. */
  flow: Extract<PendingStep['form'], 'register' | 'signIn'>;
  /** The first notice; a function picks it from the strings for where the code went (LoginForm's "not confirmed yet"). */
  intro?: string | ((messages: ConfirmSignUpStepProps['messages']) => string);
  messages: FormMessages & StepMessages & PasswordlessMessages & Pick<FieldMessages, 'phoneLabel' | 'usernameLabel'>;
  onResult: (step: NextStep) => void;
  /** "Use a different email" (or phone number): back to the form's first view. */
  onCancel: () => void;
  className?: string;
}

/**
 * The code step shared by RegisterForm and LoginForm (unconfirmed account): code, confirm, resend. It survives a
 * reload (the email and where the code went, in sessionStorage); the password does not, so after a reload the
 * confirmed user types it once more here to sign in, or, in a choice-based pool (USER_AUTH), signs in the way the
 * sign-in form would: the identifier, then a code, a passkey or the password, as Cognito offers them.
 */
export function ConfirmSignUpStep({ email, password, delivery, flow, intro, messages: strings, onResult, onCancel, className }: ConfirmSignUpStepProps) {
  const confirm = useConfirmSignUp();
  const resend = useResendCode();
  const login = useLogin();
  const { config } = useAuthClient();
  const [sentTo, setSentTo] = useState(delivery?.destination);
  const [sentVia, setSentVia] = useState(delivery?.medium);
  // Where the code went names the step: "Confirm your phone number" after a text message.
  const messages = forCodeMedium(strings, { medium: sentVia }, email, config.loginMechanisms);
  const [notice, setNotice] = useState<string | null>(() => (typeof intro === 'function' ? intro(messages) : intro ?? null));
  // What confirming led to; `signIn`: confirmed, but without the password in memory (a reload), so ask for it.
  const [after, setAfter] = useState<NextStep | null>(null);
  // A choice-based pool needs no password to sign in: a passwordless user has none to type.
  const choice = config.authFlow === 'USER_AUTH';
  const confirmed = after?.step === 'signIn' && !choice;
  const [challenge, setChallenge] = useState<ChallengeStep | null>(null);
  const feedback = useFormFeedback(fields, strings);
  const codeInput = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    codeInput.current?.focus();
  }, []);

  // Until the code is confirmed, a reload comes back here (the email and where the code went, never the password).
  // Armed as the step commits, not after paint: a page left the moment the step shows still keeps it (a test under
  // load left it in between). The step only ever renders in the browser, after a request or a reload's reopen.
  useLayoutEffect(
    () => (after ? undefined : keepForReload(config, { form: flow, username: email, destination: sentTo, medium: sentVia })),
    [config, flow, email, sentTo, sentVia, after],
  );

  // Cognito's next step: a challenge shows here (the parent form may have no screen for it), anything else goes up.
  const onSignInStep = (step: NextStep) =>
    step.step === 'done' || step.step === 'signIn' || step.step === 'confirmSignUp' || step.step === 'resetPassword' ? onResult(step) : setChallenge(step);
  const signInByChoice = () => feedback.send(login.mutate, { email, password: '' }, onSignInStep);

  const submit = (form: HTMLFormElement) => {
    if (confirmed) {
      const typed = fieldValue(form, 'password');
      if (!typed) return feedback.showErrors({ password: messages.passwordRequired });
      feedback.clear();
      return feedback.send(login.mutate, { email, password: typed }, onResult);
    }
    const code = readCode(form, feedback, messages);
    if (code === null) return;
    feedback.send(confirm.mutate, { email, code, password }, (step) => {
      setAfter(step);
      if (step.step === 'signIn' && !choice) setNotice(messages.confirmedSignIn);
      onResult(step);
      if (step.step === 'signIn' && choice) signInByChoice();
    });
  };

  const askForNewCode = () => {
    feedback.clear();
    setNotice(null);
    feedback.send(resend.mutate, { email }, (step) => {
      const resent = step.step === 'confirmSignUp' ? step.delivery : undefined;
      const destination = resent?.destination;
      setSentTo(destination ?? sentTo);
      setSentVia(resent?.medium ?? sentVia);
      setNotice(messages.codeResent(destination ?? sentTo));
    });
  };

  if (challenge) {
    return (
      <ChallengeStepForm
        key={challenge.step}
        step={challenge}
        messages={strings}
        onResult={onSignInStep}
        restart={signInByChoice}
        account={email}
        className={className}
      />
    );
  }

  const codeRef = feedback.inputRef('code');
  // Named as the user typed it on the form before: an email, a phone number or a username.
  const kind = identifierKind(email, config.loginMechanisms);
  return (
    <AuthFormFrame
      title={confirmed ? messages.confirmedTitle : messages.confirmTitle}
      onSubmit={submit}
      className={className}
      step={confirmed ? 'confirmedSignIn' : 'confirmSignUp'}
    >
      <FormAlert message={notice} tone="info" />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      {kind === 'email' ? (
        <EmailField label={messages.emailLabel} defaultValue={email} readOnly />
      ) : (
        <TextField
          name="username"
          type={kind === 'phone_number' ? 'tel' : 'text'}
          autoComplete="username"
          label={kind === 'phone_number' ? messages.phoneLabel : messages.usernameLabel}
          defaultValue={email}
          readOnly
        />
      )}
      {confirmed ? (
        <PasswordField
          name="password"
          label={messages.passwordLabel}
          autoComplete="current-password"
          required
          autoFocus
          showLabel={messages.showPassword}
          hideLabel={messages.hidePassword}
          error={feedback.fieldErrors.password}
          inputRef={feedback.inputRef('password')}
        />
      ) : (
        <CodeField
          name="code"
          label={messages.codeLabel}
          description={messages.codeHint(sentTo)}
          error={feedback.fieldErrors.code}
          required
          inputRef={(element) => {
            codeRef(element);
            codeInput.current = element;
          }}
        />
      )}
      <SubmitButton
        pending={confirm.isPending || login.isPending}
        label={confirmed ? messages.signInButton : messages.confirmButton}
        pendingLabel={confirmed ? messages.signingIn : messages.confirming}
      />
      {confirmed ? null : (
        <>
          <LinkButton onClick={askForNewCode} disabled={resend.isPending}>
            {resend.isPending ? messages.resendingCode : messages.resendCode}
          </LinkButton>
          <LinkButton onClick={onCancel}>{messages.changeEmail}</LinkButton>
        </>
      )}
    </AuthFormFrame>
  );
}
