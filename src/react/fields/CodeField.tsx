'use client';
import type { StepMessages } from '../step-messages.js';
import { TextField, type TextFieldProps } from './TextField.js';
import { fieldValue } from './validation.js';

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

/**
 * The submit step every one-code form shares: the typed code without spaces, or null after showing
 * "enter the code" on the field.
 */
export function readCode(
  form: HTMLFormElement,
  feedback: { showErrors(errors: { code?: string }): void; clear(): void },
  messages: Pick<StepMessages, 'codeRequired'>,
): string | null {
  const code = normaliseCode(fieldValue(form, 'code'));
  if (!code) {
    feedback.showErrors({ code: messages.codeRequired });
    return null;
  }
  feedback.clear();
  return code;
}
