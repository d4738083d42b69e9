'use client';
import type { MutableRefObject, Ref } from 'react';
import type { LoginMechanism } from '../../core/config.js';
import { fieldMessages } from '../field-messages.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';
import { PhoneField, internationalNumber, readPhone } from './PhoneField.js';
import { TextField } from './TextField.js';
import { fieldValue, isEmail } from './validation.js';

/** Reads the sign-in identifier at submit: what to send, or the error to show on the field. */
export type IdentifierReader = (form: HTMLFormElement) => { value: string; error?: string };

export interface LoginIdFieldProps {
  mechanisms: LoginMechanism[];
  defaultValue?: string;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  readerRef: MutableRefObject<IdentifierReader | undefined>;
  overrides?: MessageOverrides;
}

/**
 * The sign-in identifier of a pool that does not sign in by email alone: a phone number (with its dial code), a
 * username, or one field for several ("Email or username"). A chunk of its own, with its strings.
 */
export default function LoginIdField({ mechanisms, defaultValue, error, inputRef, readerRef, overrides }: LoginIdFieldProps) {
  const messages = useMessages(overrides, fieldMessages);
  const missing = messages.errors.missingField;
  if (mechanisms.length === 1 && mechanisms[0] === 'phone_number') {
    readerRef.current = (form) => {
      const value = readPhone(form, 'username');
      return value ? { value } : { value: '', error: value === '' ? missing : messages.invalidPhone };
    };
    return (
      <PhoneField
        name="username"
        label={messages.phoneLabel}
        countryLabel={messages.countryLabel}
        autoComplete="username"
        defaultValue={defaultValue}
        error={error}
        inputRef={inputRef}
        required
      />
    );
  }
  const phone = mechanisms.includes('phone_number');
  readerRef.current = (form) => {
    const value = fieldValue(form, 'username').trim();
    if (!value) return { value, error: missing };
    // A phone number must reach Cognito as "+" and digits; typed with spaces it is still one.
    if (phone && value.startsWith('+')) {
      const number = internationalNumber(value);
      return number ? { value: number } : { value, error: messages.invalidPhone };
    }
    if (mechanisms.includes('email') && value.includes('@') && !isEmail(value)) return { value, error: messages.errors.invalidEmail };
    return { value };
  };
  const single = mechanisms.length === 1;
  return (
    <TextField
      name="username"
      type="text"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      required
      label={single ? messages.usernameLabel : messages.loginIdLabel(mechanisms)}
      description={phone ? messages.loginIdHint : undefined}
      defaultValue={defaultValue}
      error={error}
      inputRef={inputRef}
    />
  );
}

// For SignUpFields (see there).
export { PhoneField, readPhone } from './PhoneField.js';
