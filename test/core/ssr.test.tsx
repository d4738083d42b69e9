import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server-side rendering (no window)', () => {
  it('imports the package and renders the provider, forms and ProtectedRoute without touching window', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const kit = await import('../../src/index');
    const html = renderToString(
      createElement(
        kit.AuthProvider,
        { config: { userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client' } },
        createElement(kit.ProtectedRoute, null, createElement('p', null, 'secret')),
        createElement(kit.LoginForm),
      ),
    );
    // The server cannot know the session: it renders the loading state, never the protected content.
    expect(html).toContain('Checking your session');
    expect(html).not.toContain('secret');
    expect(html).toContain('Sign in');
  });
});
