'use client';
import { useState } from 'react';
import type { AuthError } from '../../core/errors.js';
import type { NextStep } from '../../core/types.js';
import { CodeField, readCode } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { LinkButton } from '../fields/LinkButton.js';
import { RememberDeviceField, readRememberDevice } from '../fields/RememberDeviceField.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';

const codeFields = ['code'] as const;

/** The MFA code: SMS, authenticator app or email (which can send a new one); "Remember this device" when asked. */
export function MfaCodeStep({ step, messages, onResult, restart, className }: ChallengeStepFormProps) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(codeFields, messages);
  const [notice, setNotice] = useState<string | null>(null);
  const emailed = step.step === 'emailMfa';
  const destination = step.step === 'smsMfa' || step.step === 'emailMfa' ? step.delivery?.destination : undefined;
  const hint = step.step === 'smsMfa' ? messages.smsCodeHint(destination) : emailed ? messages.emailCodeHint(destination) : messages.totpCodeHint;
  // An empty code is asked for where it comes from: the text message, the app, or the email (codeRequired).
  const codeRequired = step.step === 'smsMfa' ? messages.phoneCodeRequired : emailed ? messages.codeRequired : messages.totpCodeRequired;
  const askToRemember = useAuthClient().config.rememberDevice === 'ask';

  const submit = (form: HTMLFormElement) => {
    const code = readCode(form, feedback, { codeRequired });
    if (code === null) return;
    setNotice(null);
    feedback.send(answer.mutate, { kind: 'mfaCode', code, rememberDevice: readRememberDevice(form) }, onResult, (error: AuthError) => {
      feedback.showAuthError(error);
      if (error.code !== 'codeMismatch' && error.code !== 'expiredCode') return;
      // The email step's own way back also makes the choices again (factor, address), and says a code is coming.
      if (emailed) answer.mutate({ kind: 'resendCode' }, { onSuccess: newCodeSent, onError: (failed: AuthError) => feedback.showAuthError(failed) });
      else restart();
    });
  };

  const newCodeSent = (next: NextStep) => {
    if (next.step === 'emailMfa') setNotice(messages.codeResent(next.delivery?.destination));
    onResult(next);
  };

  // Cognito cannot resend an MFA code: the client signs in again for a new one (see ChallengeAnswer `resendCode`).
  const askForNewCode = () => {
    feedback.clear();
    setNotice(null);
    feedback.send(answer.mutate, { kind: 'resendCode' }, newCodeSent);
  };

  return (
    <AuthFormFrame title={messages.mfaTitle} onSubmit={submit} className={className} step={step.step}>
      <FormAlert message={notice} tone="info" />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <CodeField
        name="code"
        label={messages.mfaCodeLabel}
        description={hint}
        required
        autoFocus
        error={feedback.fieldErrors.code}
        inputRef={feedback.inputRef('code')}
      />
      {askToRemember ? <RememberDeviceField label={messages.rememberDeviceLabel} /> : null}
      <SubmitButton pending={answer.isPending} label={messages.verifyButton} pendingLabel={messages.verifying} />
      {emailed ? (
        <LinkButton onClick={askForNewCode} disabled={answer.isPending}>
          {answer.isPending && answer.variables?.kind === 'resendCode' ? messages.resendingCode : messages.resendCode}
        </LinkButton>
      ) : null}
    </AuthFormFrame>
  );
}
