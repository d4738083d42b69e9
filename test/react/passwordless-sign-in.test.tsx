import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { LoginForm } from '../../src/react/components/LoginForm';
import { PasskeyManager } from '../../src/react/components/PasskeyManager';
import { createMockAuthClient, MockAuthProvider, mockPasskey, resolveWith } from '../../src/testing';

// Choice-based sign-in (USER_AUTH) and PasskeyManager over the testing entry's scripted Cognito: the app developer's
// view of the new steps. The wire itself is tested in test/core/user-auth-wire.test.ts.

const userAuth = { authFlow: 'USER_AUTH' as const };

/** LoginForm over `client`: the email typed, "Continue" pressed (the identifier-first screen). */
async function continueAsAda(client: ReturnType<typeof createMockAuthClient>) {
  const { unmount } = render(
    <MockAuthProvider client={client}>
      <LoginForm />
    </MockAuthProvider>,
  );
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return { user, unmount };
}

describe('LoginForm under USER_AUTH (testing entry, scripted)', () => {
  it('asks for the email alone, then the choice; a code by email signs in; the email is never typed twice', async () => {
    const client = createMockAuthClient({
      config: userAuth,
      scripts: { signIn: resolveWith({ step: 'selectChallenge', options: ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] }) },
    });
    let signedIn = '';
    render(
      <StrictMode>
        <MockAuthProvider client={client}>
          <LoginForm onSignedIn={(session) => (signedIn = session.user.email ?? '')} />
        </MockAuthProvider>
      </StrictMode>,
    );
    const user = userEvent.setup();
    expect(screen.queryByLabelText('Password')).toBeNull();
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const ways = await screen.findByRole('group', { name: 'Sign in with' });
    const labels = within(ways).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    // One password option (SRP when offered); the passkey is left out in a browser without WebAuthn (jsdom).
    expect(labels).toEqual(['My password', 'A code by email']);
    await user.click(within(ways).getByLabelText('A code by email'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const code = await screen.findByLabelText('Verification code');
    expect(screen.getByText(/We emailed a sign-in code to a\*\*\*@e\*\*\*/)).toBeTruthy();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(signedIn).toBe('ada@example.com'));

    const answers = client.calls.filter((c) => c.method === 'answerChallenge').map((c) => c.args[0]);
    expect(answers).toEqual([{ kind: 'selectChallenge', challenge: 'EMAIL_OTP' }, { kind: 'mfaCode', code: '123456' }]);
    expect(client.calls.filter((c) => c.method === 'signIn').map((c) => c.args.slice(0, 3))).toEqual([['ada@example.com', '', 'USER_AUTH']]);
  });

  it('an empty code says where the code went: a text message for SMS_OTP, the email for EMAIL_OTP', async () => {
    for (const [step, medium, expected] of [
      ['smsOtp', 'SMS', 'Enter the code from your text message.'],
      ['emailOtp', 'EMAIL', 'Enter the code from your email.'],
    ] as const) {
      const client = createMockAuthClient({
        config: userAuth,
        scripts: { signIn: resolveWith({ step, delivery: { destination: '+*******1234', medium }, options: ['SMS_OTP', 'EMAIL_OTP'] }) },
      });
      const { user, unmount } = await continueAsAda(client);
      await screen.findByLabelText('Verification code');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(await screen.findByText(expected)).toBeTruthy();
      expect(client.calls.filter((c) => c.method === 'answerChallenge')).toEqual([]);
      unmount();
    }
  });

  it('switches from the code to the password without retyping the email; a wrong password shows on the password step', async () => {
    const client = createMockAuthClient({
      config: userAuth,
      scripts: {
        signIn: resolveWith({ step: 'emailOtp', delivery: { destination: 'a***@e***', medium: 'EMAIL' }, options: ['PASSWORD', 'EMAIL_OTP'] }),
        answerChallenge: (answer) =>
          answer.kind === 'password' ? { fail: 'NotAuthorizedException', message: 'Incorrect username or password.' } : { resolve: { step: 'password', options: ['PASSWORD', 'EMAIL_OTP'] } },
      },
    });
    const { user } = await continueAsAda(client);
    await user.click(await screen.findByRole('button', { name: 'Sign in with my password instead' }));
    const password = await screen.findByLabelText('Password');
    await user.type(password, 'Wrong#123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/Incorrect email or password/));
    expect(client.calls.filter((c) => c.method === 'signIn')).toHaveLength(1);
    expect(client.calls.filter((c) => c.method === 'answerChallenge').map((c) => c.args[0])).toEqual([
      { kind: 'selectChallenge', challenge: 'PASSWORD' },
      { kind: 'password', password: 'Wrong#123' },
    ]);
  });
});

describe('PasskeyManager (testing entry, scripted; jsdom has no WebAuthn)', () => {
  it('lists the passkeys, deletes one and says so; offers no "Add" in a browser without WebAuthn', async () => {
    const client = createMockAuthClient({ user: { email: 'ada@example.com' }, passkeys: [mockPasskey] });
    render(
      <MockAuthProvider client={client}>
        <PasskeyManager />
      </MockAuthProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete passkey Chrome on Mac' }));
    expect(await screen.findByText('Passkey Chrome on Mac deleted.')).toBeTruthy();
    expect(await screen.findByText('You have no passkeys yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).toBeNull();
    expect(screen.getByText('This browser cannot use passkeys.')).toBeTruthy();
    expect(client.calls.filter((c) => c.method === 'deletePasskey').map((c) => c.args[1])).toEqual(['mock-passkey-1']);
  });
});
