'use client';
import { useId, type FormEvent, type ReactNode } from 'react';

export interface AuthFormFrameProps {
  title: ReactNode;
  onSubmit: (form: HTMLFormElement) => void;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
  /** `data-step` for styling and tests: which step of the flow is on screen. */
  step: string;
}

/** The shared shell of every form: a titled, labelled <form> that validates itself (noValidate) accessibly. */
export function AuthFormFrame({ title, onSubmit, children, footer, className, step }: AuthFormFrameProps) {
  const titleId = useId();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(event.currentTarget);
  };
  return (
    <form
      className={className ? `rck-form ${className}` : 'rck-form'}
      aria-labelledby={titleId}
      noValidate
      onSubmit={handleSubmit}
      data-step={step}
    >
      <h2 className="rck-title" id={titleId}>
        {title}
      </h2>
      {children}
      {footer ? <div className="rck-footer">{footer}</div> : null}
    </form>
  );
}
