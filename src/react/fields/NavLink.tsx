'use client';
import type { ReactNode } from 'react';

/**
 * Navigation between views ("Create an account", "Forgot your password?"): it takes the user to another screen,
 * so assistive tech hears a link; it is a button underneath because the view changes in place, with no URL.
 */
export function NavLink({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" role="link" className="rck-link" onClick={onClick}>
      {children}
    </button>
  );
}
