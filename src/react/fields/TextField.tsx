'use client';
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { mergeDescribedBy } from './describedBy.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> {
  label: ReactNode;
  /** Help shown under the input and read with it. */
  description?: ReactNode;
  /** The error shown under the input; also sets `aria-invalid`. */
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  /** Something to place after the input, inside the field (e.g. a show-password button). */
  adornment?: ReactNode;
}

export function TextField({ label, description, error, inputRef, adornment, id, className, ...inputProps }: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? `rck-${autoId}`;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={className ? `rck-field ${className}` : 'rck-field'} data-invalid={error ? '' : undefined}>
      <label className="rck-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="rck-control">
        <input
          {...inputProps}
          id={inputId}
          ref={inputRef}
          className="rck-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={mergeDescribedBy(errorId, descriptionId, inputProps['aria-describedby'])}
        />
        {adornment}
      </div>
      {description ? (
        <p className="rck-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="rck-field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
