'use client';
import type { ReactNode } from 'react';

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: ReactNode; pendingLabel: ReactNode }) {
  return (
    <button type="submit" className="rck-button" data-variant="primary" disabled={pending} aria-busy={pending || undefined}>
      {pending ? pendingLabel : label}
    </button>
  );
}
