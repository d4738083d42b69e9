import { useEffect, type ReactNode } from 'react';

/** The page's <h1> and document title. Focusable (not tabbable): the layout moves focus here after navigation. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} · react-cognito-kit demo`;
  }, [title]);
  return (
    <h1 className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
