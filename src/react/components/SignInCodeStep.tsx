'use client';
import { useState } from 'react';
import type { NextStep } from '../../core/types.js';
import { CodeField, readCode } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { LinkButton } from '../fields/LinkButton.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';
import { OtherWays } from './OtherWays.js';

const codeFields = ['code'] as const;

/**
 * A one-time code as the first factor (USER_AUTH EMAIL_OTP / SMS_OTP): where it went, a new one (a fresh challenge:
 * Cognito ends the old one after a wrong code), and the other ways to sign in.
 */
export function SignInCodeStep({ step, messages, onResult, className }: ChallengeStepFormProps & { step: Extract<NextStep, { step: 'emailOtp' | 'smsOtp' }> }) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(codeFields, messages);
  const [notice, setNotice] = useState<string | null>(null);
  const destination = step.delivery?.destination;
  const hint = step.step === 'emailOtp' ? messages.emailSignInCodeHint(destination) : messages.smsSignInCodeHint(destination);

  const submit = (form: HTMLFormElement) => {
    const code = readCode(form, feedback, { codeRequired: step.step === 'smsOtp' ? messages.phoneCodeRequired : messages.codeRequired });
    if (code === null) return;
    setNotice(null);
    feedback.send(answer.mutate, { kind: 'mfaCode', code }, onResult);
  };

  const askForNewCode = () => {
    feedback.clear();
    setNotice(null);
    feedback.send(answer.mutate, { kind: 'resendCode' }, (next) => {
      if (next.step === step.step) setNotice(messages.codeResent(next.delivery?.destination));
      onResult(next);
    });
  };

  return (
    <AuthFormFrame title={messages.signInCodeTitle} onSubmit={submit} className={className} step={step.step}>
      <FormAlert message={notice} tone="info" />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <CodeField
        name="code"
        label={messages.codeLabel}
        description={hint}
        autoComplete="one-time-code"
        required
        autoFocus
        error={feedback.fieldErrors.code}
        inputRef={feedback.inputRef('code')}
      />
      <SubmitButton pending={answer.isPending} label={messages.signInButton} pendingLabel={messages.signingIn} />
      <LinkButton onClick={askForNewCode} disabled={answer.isPending}>
        {answer.isPending && answer.variables?.kind === 'resendCode' ? messages.resendingCode : messages.resendCode}
      </LinkButton>
      <OtherWays
        options={step.options}
        current={step.step === 'emailOtp' ? 'EMAIL_OTP' : 'SMS_OTP'}
        messages={messages}
        answer={answer}
        onResult={onResult}
        onError={feedback.showAuthError}
      />
    </AuthFormFrame>
  );
}
