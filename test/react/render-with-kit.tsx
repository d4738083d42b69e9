import { render, type RenderResult } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import type { AuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { AuthProvider } from '../../src/react/AuthProvider';
import { useSession } from '../../src/react/hooks/useSession';
import type { MessageOverrides } from '../../src/react/messages';

/** Every render in StrictMode, as the style notes ask: effects run twice and must not double anything. */
export function renderWithKit(
  ui: ReactElement,
  options: { config?: AuthConfig; client?: AuthClient; messages?: MessageOverrides; strict?: boolean } = {},
): RenderResult {
  const tree = (
    <AuthProvider config={options.config} client={options.client} messages={options.messages}>
      {ui}
    </AuthProvider>
  );
  return render(options.strict === false ? tree : <StrictMode>{tree}</StrictMode>);
}

/** A sibling that shows who is signed in, as an app's header would. */
export function SessionBadge() {
  const { status, user } = useSession();
  return (
    <p data-testid="session">
      {status}
      {user?.email ? `: ${user.email}` : ''}
    </p>
  );
}

/** `ui` beside a SessionBadge, as a page with a header would show it. */
export function renderWithBadge(ui: ReactElement, options: Parameters<typeof renderWithKit>[1] = {}): RenderResult {
  return renderWithKit(
    <>
      <SessionBadge />
      {ui}
    </>,
    options,
  );
}

/** Every id in aria-describedby must exist; returns their texts joined. */
export function describedByText(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => {
      const target = document.getElementById(id);
      if (!target) throw new Error(`aria-describedby points at missing id "${id}"`);
      return target.textContent ?? '';
    })
    .join(' | ');
}
