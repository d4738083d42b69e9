import { act } from '@testing-library/react';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it } from 'vitest';
import { PasskeyManager } from '../../src/react/components/PasskeyManager';
import { createMockAuthClient, MockAuthProvider } from '../../src/testing';

// A server-rendered account page (Next.js, say) hydrated in a browser that has WebAuthn. jsdom has none: the test
// gives it the two globals the kit looks for (scripted: no authenticator runs here), only after the server render.
const page = () => createElement(MockAuthProvider, { client: createMockAuthClient({ user: { email: 'ada@example.com' } }) }, createElement(PasskeyManager));

afterEach(() => {
  delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
  delete (navigator as { credentials?: unknown }).credentials;
});

it('PasskeyManager hydrates the server HTML without a mismatch, then offers "Add a passkey" (scripted WebAuthn globals)', async () => {
  const container = document.createElement('div');
  container.innerHTML = renderToString(page());
  document.body.append(container);
  expect(container.textContent).toContain('This browser cannot use passkeys.');

  Object.defineProperty(window, 'PublicKeyCredential', { configurable: true, value: function PublicKeyCredential() {} });
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get: () => Promise.resolve(null), create: () => Promise.resolve(null) } });
  const recoverable: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, page(), { onRecoverableError: (error) => recoverable.push(error) });
  });
  expect(recoverable).toEqual([]);
  expect(container.querySelector('button')?.textContent).toBe('Add a passkey');
  expect(container.textContent).not.toContain('This browser cannot use passkeys.');
});
