'use client';
import type { FormMessages } from '../form-messages.js';
import { PasswordField } from './PasswordField.js';

interface NewPasswordFieldsProps {
  messages: FormMessages;
  errors: { password?: string; confirmPassword?: string };
  inputRef: (name: 'password' | 'confirmPassword') => (element: HTMLInputElement | null) => void;
  label?: string;
}

/** New password + confirmation, as every form that sets a password shows them. */
export function NewPasswordFields({ messages, errors, inputRef, label = messages.newPasswordLabel }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordField
        name="password"
        label={label}
        description={messages.passwordHint}
        autoComplete="new-password"
        required
        showLabel={messages.showPassword}
        hideLabel={messages.hidePassword}
        error={errors.password}
        inputRef={inputRef('password')}
      />
      <PasswordField
        name="confirmPassword"
        label={messages.confirmPasswordLabel}
        autoComplete="new-password"
        required
        showLabel={messages.showPassword}
        hideLabel={messages.hidePassword}
        error={errors.confirmPassword}
        inputRef={inputRef('confirmPassword')}
      />
    </>
  );
}
