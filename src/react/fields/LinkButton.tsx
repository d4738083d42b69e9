'use client';
import type { ReactNode } from 'react';

/** A secondary action that looks like a link but is a button: it changes the view, it goes nowhere. */
export function LinkButton({ onClick, disabled, children }: { onClick: () => void; disabled?: boolean; children: ReactNode }) {
  return (
    <button type="button" className="rck-button" data-variant="link" onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}
