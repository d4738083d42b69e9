'use client';
import { useId, useState } from 'react';
import { TextField, type TextFieldProps } from './TextField.js';

export interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'adornment' | 'value' | 'defaultValue'> {
  /** The toggle's accessible name; it stays the same while pressed (`aria-pressed` says whether it is shown). */
  showLabel: string;
  /** Its tooltip while the password is shown. */
  hideLabel: string;
}

// An eye (and, while the password shows, a stroke through it); stroked by the stylesheet.
const eye = 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12Zm10-3a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z';

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
          aria-label={showLabel}
          title={visible ? hideLabel : showLabel}
          aria-controls={inputId}
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
        >
          {/* No name of its own: the button's aria-label names it. 24 px, the path's own units: no viewBox needed. */}
          <svg>
            <path d={visible ? `${eye}M3 3l18 18` : eye} />
          </svg>
        </button>
      }
    />
  );
}
