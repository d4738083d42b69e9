'use client';
import type { ChallengeStep } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { newPasswordErrors } from '../fields/newPasswordChecks.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { TextField } from '../fields/TextField.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';

// Cognito names required attributes "userAttributes.given_name" in some SDK versions.
const attributeName = (raw: string) => raw.replace(/^userAttributes\./, '');

/** First access: the new password (and any attributes Cognito requires) for a user an admin created. */
export function NewPasswordStep({ step, messages, onResult, className }: ChallengeStepFormProps & { step: Extract<ChallengeStep, { step: 'newPasswordRequired' }> }) {
  const answer = useAnswerChallenge();
  const required = step.requiredAttributes.map(attributeName);
  const fields = ['password', 'confirmPassword', ...required] as const;
  const feedback = useFormFeedback<string>(fields, messages);

  const submit = (form: HTMLFormElement) => {
    const newPassword = fieldValue(form, 'password');
    const errors: Record<string, string> = { ...newPasswordErrors(newPassword, fieldValue(form, 'confirmPassword'), messages) };
    const attributes: Record<string, string> = {};
    for (const name of required) {
      const value = fieldValue(form, `attribute:${name}`).trim();
      if (value) attributes[name] = value;
      else errors[name] = messages.attributeRequired(name);
    }
    if (Object.keys(errors).length) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clear();
    feedback.send(answer.mutate, { kind: 'newPassword', newPassword, attributes }, onResult);
  };

  return (
    <AuthFormFrame title={messages.newPasswordTitle} onSubmit={submit} className={className} step="newPasswordRequired">
      <p className="rck-intro">{messages.newPasswordIntro}</p>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <NewPasswordFields messages={messages} errors={feedback.fieldErrors} inputRef={feedback.inputRef} />
      {required.map((name) => (
        <TextField
          key={name}
          name={`attribute:${name}`}
          label={messages.attributeLabel(name)}
          required
          error={feedback.fieldErrors[name]}
          inputRef={feedback.inputRef(name)}
        />
      ))}
      <SubmitButton pending={answer.isPending} label={messages.setPasswordButton} pendingLabel={messages.settingPassword} />
    </AuthFormFrame>
  );
}
