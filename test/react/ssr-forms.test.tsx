// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, onTestFinished } from 'vitest';

// The forms keep a code step in sessionStorage for a reload: on the server there is none, and neither importing
// nor rendering them may look for it (the step is read in an effect, after hydration).
describe('the forms on the server (no window, no sessionStorage)', () => {
  it('import and render without touching window or sessionStorage', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    // A tripwire where a browser has sessionStorage: any look at it while importing or rendering counts.
    let looked = 0;
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get: () => {
        looked += 1;
        return undefined;
      },
    });
    onTestFinished(() => void delete (globalThis as { sessionStorage?: unknown }).sessionStorage);
    const kit = await import('../../src/index');
    await import('../../src/react/components/pending-step-store');
    const html = renderToString(
      createElement(
        kit.AuthProvider,
        { config: { userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client' } },
        createElement(kit.LoginForm),
        createElement(kit.RegisterForm),
        createElement(kit.ForgotPasswordForm),
      ),
    );
    expect(html).toContain('Create an account');
    expect(html).toContain('Reset your password');
    expect(html).not.toContain('Verification code');
    expect(looked).toBe(0);
  });
});
