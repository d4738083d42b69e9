'use client';
import { EmailField } from '../fields/EmailField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue, isEmail } from '../fields/validation.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';

const fields = ['email'] as const;

/** MFA set-up at sign-in by email: the address codes go to (the sign-in email to start with); a code goes there next. */
export function EmailSetupStep({ messages, onResult, account, className }: ChallengeStepFormProps) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(fields, messages);

  const submit = (form: HTMLFormElement) => {
    const email = fieldValue(form, 'email').trim();
    const error = !email ? messages.emailRequired : isEmail(email) ? null : messages.errors.invalidEmail;
    if (error) {
      feedback.showErrors({ email: error });
      return;
    }
    feedback.clear();
    feedback.send(answer.mutate, { kind: 'emailAddress', email }, onResult);
  };

  return (
    <AuthFormFrame title={messages.emailSetupTitle} onSubmit={submit} className={className} step="emailSetup">
      <p className="rck-intro">{messages.emailSetupIntro}</p>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <EmailField
        label={messages.emailLabel}
        autoComplete="email"
        defaultValue={account && isEmail(account) ? account : undefined}
        error={feedback.fieldErrors.email}
        inputRef={feedback.inputRef('email')}
      />
      <SubmitButton pending={answer.isPending} label={messages.sendCodeButton} pendingLabel={messages.sendingCode} />
    </AuthFormFrame>
  );
}
