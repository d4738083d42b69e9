'use client';
import { useEffect, useState } from 'react';
import { loadAccountFlows } from '../../core/auth-client.js';
import { FormAlert } from '../fields/FormAlert.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { newPasswordErrors } from '../fields/newPasswordChecks.js';
import { PasswordField } from '../fields/PasswordField.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback, type FieldErrors } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useChangePassword } from '../hooks/useChangePassword.js';
import { useMessages } from '../hooks/useMessages.js';
import { accountMessages } from '../account-messages.js';
import type { MessageOverrides } from '../messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';

export interface ChangePasswordFormProps {
  onChanged?: () => void;
  messages?: MessageOverrides;
  className?: string;
}

const fields = ['currentPassword', 'password', 'confirmPassword'] as const;

/** For a signed-in user: current password, new password, confirmation. */
export function ChangePasswordForm({ onChanged, messages: overrides, className }: ChangePasswordFormProps) {
  const messages = useMessages(overrides, accountMessages);
  const change = useChangePassword();
  // The account flows are a chunk of their own (core/auth-client.ts): fetched now, not when the form is sent.
  useEffect(() => void loadAccountFlows().catch(() => undefined), []);
  const feedback = useFormFeedback(fields, messages);
  const [done, setDone] = useState<string | null>(null);

  const submit = (form: HTMLFormElement) => {
    const currentPassword = fieldValue(form, 'currentPassword');
    const newPassword = fieldValue(form, 'password');
    const errors: FieldErrors<(typeof fields)[number]> = newPasswordErrors(newPassword, fieldValue(form, 'confirmPassword'), messages);
    if (!currentPassword) errors.currentPassword = messages.passwordRequired;
    if (Object.keys(errors).length) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clear();
    setDone(null);
    feedback.send(change.mutate, { currentPassword, newPassword }, () => {
      // Success is the one time the fields should empty: the passwords must not linger on screen.
      form.reset();
      setDone(messages.passwordChanged);
      onChanged?.();
    });
  };

  return (
    <AuthFormFrame title={messages.changePasswordTitle} onSubmit={submit} className={className} step="changePassword">
      <FormAlert message={done} tone="info" />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <PasswordField
        name="currentPassword"
        label={messages.currentPasswordLabel}
        autoComplete="current-password"
        required
        showLabel={messages.showPassword}
        hideLabel={messages.hidePassword}
        error={feedback.fieldErrors.currentPassword}
        inputRef={feedback.inputRef('currentPassword')}
      />
      <NewPasswordFields messages={messages} errors={feedback.fieldErrors} inputRef={feedback.inputRef} />
      <SubmitButton pending={change.isPending} label={messages.changePasswordButton} pendingLabel={messages.changingPassword} />
    </AuthFormFrame>
  );
}
