'use client';
import { useId, useState } from 'react';
import { TextField, type TextFieldProps } from './TextField.js';

export interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'adornment' | 'value' | 'defaultValue'> {
  showLabel: string;
  hideLabel: string;
}

/**
 * Always uncontrolled: React mirrors a controlled input's value into the `value` attribute, and a password
 * must never reach a DOM attribute.
 */
export function PasswordField({ showLabel, hideLabel, id, ...props }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const autoId = useId();
  const inputId = id ?? `rck-${autoId}`;
  return (
    <TextField
      {...props}
      id={inputId}
      type={visible ? 'text' : 'password'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      adornment={
        <button
          type="button"
          className="rck-reveal"
          aria-controls={inputId}
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? hideLabel : showLabel}
        </button>
      }
    />
  );
}
