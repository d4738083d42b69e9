'use client';
import { TextField, type TextFieldProps } from './TextField.js';

/** A one-time code: numeric keyboard, the OS's code autofill, and pasting "123 456" works (spaces are dropped on submit). */
export function CodeField(props: Omit<TextFieldProps, 'type'>) {
  return (
    <TextField
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      {...props}
      type="text"
    />
  );
}

export function normaliseCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}
