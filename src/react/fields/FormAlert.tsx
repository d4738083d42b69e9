'use client';
import type { Ref } from 'react';

export interface FormAlertProps {
  message: string | null;
  tone?: 'error' | 'info';
  alertRef?: Ref<HTMLDivElement>;
}

/**
 * Always rendered so screen readers have the live region before its text changes; errors interrupt
 * (assertive), confirmations wait their turn (polite).
 */
export function FormAlert({ message, tone = 'error', alertRef }: FormAlertProps) {
  return (
    <div
      ref={alertRef}
      className="rck-alert"
      data-tone={tone}
      data-empty={message ? undefined : ''}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-live={tone === 'error' ? 'assertive' : 'polite'}
      aria-atomic="true"
      tabIndex={-1}
    >
      {message}
    </div>
  );
}
