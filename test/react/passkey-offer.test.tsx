import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passkeyError } from '../../src/core/passkey/passkey-errors';
import { Authenticator } from '../../src/react/components/Authenticator';
import { LoginForm } from '../../src/react/components/LoginForm';
import { useSession } from '../../src/react/hooks/useSession';
import { createMockAuthClient, failWith, MockAuthProvider, mockPasskey, resolveWith } from '../../src/testing';

// LoginForm's and Authenticator's `offerPasskey` over the testing entry's scripted Cognito. jsdom has no WebAuthn, so
// these tests give it a stand-in PublicKeyCredential and navigator.credentials (mocked: the kit only checks they
// exist; the scripted transport answers registerPasskey). The real ceremony runs in test/e2e/passkeys.test.ts.

const realCredentials = Object.getOwnPropertyDescriptor(navigator, 'credentials');
function withWebAuthn() {
  Object.assign(window, { PublicKeyCredential: function PublicKeyCredential() {} });
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get: async () => null, create: async () => null } });
}
function withoutWebAuthn() {
  delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
  if (realCredentials) Object.defineProperty(navigator, 'credentials', realCredentials);
  else delete (navigator as { credentials?: unknown }).credentials;
}

beforeEach(withWebAuthn);
afterEach(withoutWebAuthn);

async function signInWithPassword() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), 'Correct#Horse1');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

const offerTitle = 'Add a passkey for next time?';

describe('LoginForm offerPasskey (testing entry, scripted; WebAuthn mocked in jsdom)', () => {
  it('after a password sign-in offers a passkey; "Add a passkey" registers one, then onSignedIn', async () => {
    const client = createMockAuthClient();
    const signedIn: string[] = [];
    render(
      <StrictMode>
        <MockAuthProvider client={client}>
          <LoginForm offerPasskey onSignedIn={(session) => signedIn.push(session.user.email ?? '')} />
        </MockAuthProvider>
      </StrictMode>,
    );
    const user = await signInWithPassword();
    const offer = await screen.findByRole('form', { name: offerTitle });
    expect(signedIn, 'onSignedIn waits for the answer').toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(signedIn).toEqual(['ada@example.com']));
    expect(client.calls.filter((c) => c.method === 'registerPasskey')).toHaveLength(1);
    expect(await client.listPasskeys()).toHaveLength(1);
    expect(offer.isConnected).toBe(true);
  });

  it('"Not now" goes on to onSignedIn without a passkey', async () => {
    const client = createMockAuthClient();
    let signedIn = 0;
    render(
      <MockAuthProvider client={client}>
        <LoginForm offerPasskey onSignedIn={() => signedIn++} />
      </MockAuthProvider>,
    );
    const user = await signInWithPassword();
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(signedIn).toBe(1));
    expect(client.calls.some((c) => c.method === 'registerPasskey')).toBe(false);
  });

  // The error the ceremony makes of the browser's NotAllowedError, as the scripted transport's answer.
  it('a cancelled passkey says so with the passkey message and keeps the offer; "Not now" still goes on', async () => {
    const client = createMockAuthClient({ scripts: { registerPasskey: failWith(passkeyError({ name: 'NotAllowedError' })) } });
    let signedIn = 0;
    render(
      <MockAuthProvider client={client}>
        <LoginForm offerPasskey onSignedIn={() => signedIn++} />
      </MockAuthProvider>,
    );
    const user = await signInWithPassword();
    await user.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^The passkey was not used/));
    expect(signedIn).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(signedIn).toBe(1));
  });

  it('no offer for a user who has a passkey, nor in a browser without WebAuthn', async () => {
    const client = createMockAuthClient({ passkeys: [mockPasskey] });
    let signedIn = 0;
    const { unmount } = render(
      <MockAuthProvider client={client}>
        <LoginForm offerPasskey onSignedIn={() => signedIn++} />
      </MockAuthProvider>,
    );
    await signInWithPassword();
    await waitFor(() => expect(signedIn).toBe(1));
    expect(screen.queryByRole('form', { name: offerTitle })).toBeNull();
    unmount();

    withoutWebAuthn();
    const fresh = createMockAuthClient();
    render(
      <MockAuthProvider client={fresh}>
        <LoginForm offerPasskey onSignedIn={() => signedIn++} />
      </MockAuthProvider>,
    );
    await signInWithPassword();
    await waitFor(() => expect(signedIn).toBe(2));
    expect(screen.queryByRole('form', { name: offerTitle })).toBeNull();
    expect(fresh.calls.some((c) => c.method === 'listPasskeys'), 'not even asked').toBe(false);
  });

  it('after an email-code sign-in (USER_AUTH) too', async () => {
    const client = createMockAuthClient({
      config: { authFlow: 'USER_AUTH' },
      scripts: { signIn: resolveWith({ step: 'emailOtp', delivery: { destination: 'a***@e***', medium: 'EMAIL' }, options: ['EMAIL_OTP'] }) },
    });
    render(
      <MockAuthProvider client={client}>
        <LoginForm offerPasskey />
      </MockAuthProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('form', { name: offerTitle })).toBeTruthy();
  });
});

function Home() {
  const { user } = useSession();
  return <p>Home of {user?.email}</p>;
}

describe('Authenticator offerPasskey (testing entry, scripted; WebAuthn mocked in jsdom)', () => {
  it('keeps the card on screen, signed in, until the offer is answered; then the children', async () => {
    const client = createMockAuthClient();
    render(
      <StrictMode>
        <MockAuthProvider client={client}>
          <Authenticator offerPasskey>
            <Home />
          </Authenticator>
        </MockAuthProvider>
      </StrictMode>,
    );
    const user = await signInWithPassword();
    expect(await screen.findByRole('form', { name: offerTitle })).toBeTruthy();
    expect(client.getState().session, 'the session exists under the offer').not.toBeNull();
    expect(screen.queryByText(/Home of/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(await screen.findByText('Home of ada@example.com')).toBeTruthy();
  });

  it('onSignedIn gets the session though the card gives way to the children as the session arrives', async () => {
    const signedIn: string[] = [];
    render(
      <StrictMode>
        <MockAuthProvider client={createMockAuthClient()}>
          <Authenticator onSignedIn={(session) => signedIn.push(session.user.email ?? '')}>
            <Home />
          </Authenticator>
        </MockAuthProvider>
      </StrictMode>,
    );
    await signInWithPassword();
    expect(await screen.findByText('Home of ada@example.com')).toBeTruthy();
    await waitFor(() => expect(signedIn).toEqual(['ada@example.com']));
  });

  it('onSignedIn after the offer is answered, once; never for a session that was already there', async () => {
    const signedIn: string[] = [];
    const { unmount } = render(
      <StrictMode>
        <MockAuthProvider client={createMockAuthClient()}>
          <Authenticator offerPasskey onSignedIn={(session) => signedIn.push(session.user.email ?? '')}>
            <Home />
          </Authenticator>
        </MockAuthProvider>
      </StrictMode>,
    );
    const user = await signInWithPassword();
    await screen.findByRole('form', { name: offerTitle });
    expect(signedIn).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(await screen.findByText('Home of ada@example.com')).toBeTruthy();
    await waitFor(() => expect(signedIn).toEqual(['ada@example.com']));
    unmount();

    render(
      <MockAuthProvider client={createMockAuthClient({ user: { email: 'ada@example.com' } })}>
        <Authenticator onSignedIn={(session) => signedIn.push(`restored ${session.user.email}`)}>
          <Home />
        </Authenticator>
      </MockAuthProvider>,
    );
    expect(await screen.findByText('Home of ada@example.com')).toBeTruthy();
    expect(signedIn).toEqual(['ada@example.com']);
  });

  it('without offerPasskey the children come at once', async () => {
    render(
      <MockAuthProvider client={createMockAuthClient()}>
        <Authenticator>
          <Home />
        </Authenticator>
      </MockAuthProvider>,
    );
    await signInWithPassword();
    expect(await screen.findByText('Home of ada@example.com')).toBeTruthy();
    expect(screen.queryByRole('form', { name: offerTitle })).toBeNull();
  });
});
