'use client';
import { useEffect, useRef, useState } from 'react';
import type { CodeDelivery, NextStep } from '../../core/types.js';
import { CodeField, readCode } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { LinkButton } from '../fields/LinkButton.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useConfirmSignUp } from '../hooks/useConfirmSignUp.js';
import { useResendCode } from '../hooks/useResendCode.js';
import type { FormMessages } from '../form-messages.js';
import type { StepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';

const fields = ['code'] as const;

export interface ConfirmSignUpStepProps {
  email: string;
  /** Kept in memory by the parent form only, so the user is signed in right after confirming. */
  password: string | undefined;
  delivery: CodeDelivery | undefined;
  intro?: string;
  messages: FormMessages & StepMessages;
  onResult: (step: NextStep) => void;
  className?: string;
}

/** The code step shared by RegisterForm and LoginForm (unconfirmed account): code, confirm, resend. */
export function ConfirmSignUpStep({ email, password, delivery, intro, messages, onResult, className }: ConfirmSignUpStepProps) {
  const confirm = useConfirmSignUp();
  const resend = useResendCode();
  const [sentTo, setSentTo] = useState(delivery?.destination);
  const [notice, setNotice] = useState<string | null>(intro ?? null);
  const feedback = useFormFeedback(fields, messages);
  const codeInput = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    codeInput.current?.focus();
  }, []);

  const submit = (form: HTMLFormElement) => {
    const code = readCode(form, feedback, messages);
    if (code === null) return;
    confirm.mutate(
      { email, code, password },
      { onSuccess: onResult, onError: feedback.showAuthError },
    );
  };

  const askForNewCode = () => {
    feedback.clear();
    setNotice(null);
    resend.mutate(
      { email },
      {
        onSuccess: (step) => {
          const destination = step.step === 'confirmSignUp' ? step.delivery?.destination : undefined;
          setSentTo(destination ?? sentTo);
          setNotice(messages.codeResent(destination ?? sentTo));
        },
        onError: feedback.showAuthError,
      },
    );
  };

  const codeRef = feedback.inputRef('code');
  return (
    <AuthFormFrame title={messages.confirmTitle} onSubmit={submit} className={className} step="confirmSignUp">
      <FormAlert message={notice} tone="info" />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
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
      <SubmitButton pending={confirm.isPending} label={messages.confirmButton} pendingLabel={messages.confirming} />
      <LinkButton onClick={askForNewCode} disabled={resend.isPending}>
        {resend.isPending ? messages.resendingCode : messages.resendCode}
      </LinkButton>
    </AuthFormFrame>
  );
}
