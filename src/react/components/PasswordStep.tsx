'use client';
import { FormAlert } from '../fields/FormAlert.js';
import { PasswordField } from '../fields/PasswordField.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import type { FirstFactor } from '../../core/types.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';
import { OtherWays } from './OtherWays.js';

const passwordFields = ['password'] as const;

/** USER_AUTH with the password chosen: the password alone (the email was typed before), and the other ways. */
export function PasswordStep({ step, messages, onResult, className }: ChallengeStepFormProps & { step: { step: 'password'; options: FirstFactor[] } }) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(passwordFields, messages);

  const submit = (form: HTMLFormElement) => {
    const password = fieldValue(form, 'password');
    if (!password) {
      feedback.showErrors({ password: messages.passwordRequired });
      return;
    }
    feedback.clear();
    feedback.send(answer.mutate, { kind: 'password', password }, onResult);
  };

  return (
    <AuthFormFrame title={messages.passwordStepTitle} onSubmit={submit} className={className} step="password">
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
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
      <SubmitButton pending={answer.isPending} label={messages.signInButton} pendingLabel={messages.signingIn} />
      <OtherWays options={step.options} current="PASSWORD" messages={messages} answer={answer} onResult={onResult} onError={feedback.showAuthError} />
    </AuthFormFrame>
  );
}
