'use client';
import { TextField, type TextFieldProps } from './TextField.js';

/** An email input as sign-in forms need it: the `username` autofill, an email keyboard, no autocorrect. */
export function EmailField(props: Omit<TextFieldProps, 'type' | 'name'>) {
  return (
    <TextField
      name="email"
      type="email"
      autoComplete="username"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
      {...props}
    />
  );
}
