'use client';
import { useState } from 'react';
import { loadStepModules, type StepModules } from '../components/load-step-modules.js';
import type { FormMessages } from '../form-messages.js';
import { PasswordField } from './PasswordField.js';

interface NewPasswordFieldsProps {
  messages: FormMessages;
  errors: { password?: string; confirmPassword?: string };
  inputRef: (name: 'password' | 'confirmPassword') => (element: HTMLInputElement | null) => void;
  label?: string;
}

type Checklist = StepModules['PasswordChecklist'];

/** New password + confirmation, as every form that sets a password shows them; the policy's checklist under the first. */
export function NewPasswordFields({ messages, errors, inputRef, label = messages.newPasswordLabel }: NewPasswordFieldsProps) {
  const [Checklist, setChecklist] = useState<Checklist>();
  const shared = { autoComplete: 'new-password', required: true, showLabel: messages.showPassword, hideLabel: messages.hidePassword };
  return (
    <>
      <PasswordField
        {...shared}
        name="password"
        label={label}
        // The checklist travels with the rarer steps (a reset and a new password need it too), fetched when the
        // field gets focus (a field on the first load; the checklist is not).
        description={Checklist && <Checklist messages={messages} />}
        onFocus={() => void loadStepModules().then((m) => setChecklist(() => m.PasswordChecklist), () => {})}
        error={errors.password}
        inputRef={inputRef('password')}
      />
      <PasswordField {...shared} name="confirmPassword" label={messages.confirmPasswordLabel} error={errors.confirmPassword} inputRef={inputRef('confirmPassword')} />
    </>
  );
}
