import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/core/errors';
import { LoginForm } from '../../src/react/components/LoginForm';
import { SocialButtons } from '../../src/react/components/SocialButtons';
import { useSession } from '../../src/react/hooks/useSession';
import { useSignInWithRedirect } from '../../src/react/hooks/useSignInWithRedirect';
import { createMockAuthClient } from '../../src/testing/mock-auth-client';
import { renderWithBadge, renderWithKit } from './render-with-kit';

// The buttons and the hook over the testing entry's mock (no managed login domain can run in jsdom: the mock
// answers the redirect at once). The real redirect is tested in test/integration/oauth-redirect.test.ts and e2e.

function Identities() {
  const { user } = useSession();
  const identities = user?.identities;
  return <p data-testid="identities">{identities?.map((i) => i.providerName).join(',') ?? 'none'}</p>;
}

describe('SocialButtons (mock redirect)', () => {
  it('names every button for its provider, shows the marks, and signs in through the one pressed', async () => {
    const client = createMockAuthClient({ oauth: {} });
    renderWithBadge(
      <>
        <SocialButtons providers={['Google', 'SignInWithApple', { name: 'AcmeSSO', label: 'Acme SSO' }]} />
        <Identities />
      </>,
      { client },
    );
    const group = await screen.findByRole('group', { name: 'Other ways to sign in' });
    expect(group).toBeInTheDocument();
    const google = screen.getByRole('button', { name: 'Continue with Google' });
    expect(screen.getByRole('button', { name: 'Continue with Apple' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue with Acme SSO' })).toBeInTheDocument();
    await waitFor(() => expect(google.querySelector('svg[aria-hidden="true"]')).not.toBeNull());
    await userEvent.click(google);
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('signedIn: federated.user@example.com'));
    expect(screen.getByTestId('identities')).toHaveTextContent('Google');
    expect(client.oauthCalls).toEqual([{ method: 'signInWithRedirect', input: { provider: 'Google' } }]);
  });

  it('works again when the page comes back from the back/forward cache (Back from the provider)', async () => {
    const client = createMockAuthClient({ oauth: {} });
    renderWithKit(<SocialButtons providers={['Google']} />, { client });
    const google = await screen.findByRole('button', { name: 'Continue with Google' });
    await userEvent.click(google);
    // The page is leaving for the provider: the buttons wait.
    await waitFor(() => expect(google).toBeDisabled());
    const restored = new Event('pageshow');
    Object.defineProperty(restored, 'persisted', { value: true });
    act(() => {
      window.dispatchEvent(restored);
    });
    await waitFor(() => expect(google).toBeEnabled());
  });

  it('shows a failed way back on the sign-in screen, focused, with its overridable message', async () => {
    const client = createMockAuthClient({ oauth: { redirectError: 'oauthStateMismatch' } });
    renderWithKit(<SocialButtons providers={['Google']} />, { client, messages: { oauthErrorStateMismatch: 'Nope: start again.' } });
    const alert = await screen.findByText('Nope: start again.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('says the user declined when the provider answers access_denied', async () => {
    const client = createMockAuthClient({ oauth: { result: 'oauthDeclined' } });
    renderWithKit(<SocialButtons providers={['Facebook']} />, { client });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue with Facebook' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You declined to sign in with that account');
  });

  it('LoginForm with providers puts the buttons under an "or" divider, fetched on demand', async () => {
    const client = createMockAuthClient({ oauth: {} });
    renderWithKit(<LoginForm providers={['LoginWithAmazon']} />, { client });
    expect(await screen.findByRole('button', { name: 'Continue with Amazon' })).toBeInTheDocument();
    expect(screen.getByRole('separator')).toHaveTextContent('or');
  });
});

describe('useSignInWithRedirect', () => {
  it('without oauth in the config, rejects with a message that names the fix', async () => {
    const client = createMockAuthClient();
    let result: ReturnType<typeof useSignInWithRedirect> | undefined;
    function Probe() {
      result = useSignInWithRedirect();
      return null;
    }
    renderWithKit(<Probe />, { client });
    let error: unknown;
    await act(async () => {
      error = await result!.mutateAsync({ provider: 'Google' }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toMatch(/needs `oauth: \{ domain, redirectSignIn/);
  });
});
