import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { AuthError, LoginForm, ProtectedRoute, RegisterForm, decodeJwtPayload, useSession } from '../../src/index.js';
import {
  createMockAuthClient,
  createTestSession,
  failWith,
  hang,
  MockAuthProvider,
  mockDevices,
  mockTotpSecret,
  resolveWith,
  type MockAuthProviderProps,
} from '../../src/testing/index.js';

function renderMock(ui: React.ReactNode, props: Omit<MockAuthProviderProps, 'children'> = {}) {
  return render(
    <StrictMode>
      <MockAuthProvider {...props}>{ui}</MockAuthProvider>
    </StrictMode>,
  );
}

async function signIn(email = 'ada@example.com', password = 'Correct-horse-1') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

function Who() {
  const { status, user, groups } = useSession();
  return <p data-testid="who">{`${status} ${user?.email ?? '-'} [${groups.join(',')}]`}</p>;
}

describe('react-cognito-kit/testing', () => {
  it('a scripted failure shows the kit message in LoginForm, through the kit’s own error mapping', async () => {
    renderMock(<LoginForm />, { scripts: { signIn: failWith('invalidCredentials') } });
    await signIn();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Incorrect email or password.'));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it.each([
    ['limitExceeded', 'Too many attempts. Wait a few minutes and try again.'],
    ['network', 'Cannot reach the sign-in service. Check your connection and try again.'],
    ['NotAuthorizedException', 'Incorrect email or password.'],
  ] as const)('fails with %s', async (failure, message) => {
    renderMock(<LoginForm />, { scripts: { signIn: failWith(failure) } });
    await signIn();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
  });

  it('fails with an AuthError given directly, messages overridable', async () => {
    renderMock(<LoginForm />, {
      scripts: { signIn: failWith(new AuthError('serviceUnavailable')) },
      messages: { errors: { serviceUnavailable: 'Serviço indisponível.' } },
    });
    await signIn();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Serviço indisponível.'));
  });

  it('kit codes keep the Cognito name and cause the SDK would give', async () => {
    const client = createMockAuthClient({ scripts: { signIn: failWith('limitExceeded') } });
    const error = await client.signIn({ email: 'ada@example.com', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'limitExceeded', cognitoCode: 'LimitExceededException' });
    expect((error as AuthError).cause).toMatchObject({ code: 'LimitExceededException' });
  });

  it('a hang keeps the submit disabled and busy', async () => {
    renderMock(<LoginForm />, { scripts: { signIn: hang() } });
    await signIn();
    const button = await screen.findByRole('button', { name: 'Signing in…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
  });

  it('a delay shows the pending state, then the result', async () => {
    renderMock(
      <>
        <LoginForm />
        <Who />
      </>,
      { delay: 80 },
    );
    await signIn('grace@example.com');
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('signedIn grace@example.com'));
  });

  it('createTestSession gives a signed-in ProtectedRoute and well-formed tokens', () => {
    const session = createTestSession({ email: 'ada@example.com', groups: ['admin'], expiresIn: 600, attributes: { name: 'Ada' } });
    expect(session.tokens.idToken.split('.')).toHaveLength(3);
    expect(decodeJwtPayload(session.tokens.idToken)).toMatchObject({ email: 'ada@example.com', name: 'Ada', 'cognito:groups': ['admin'], token_use: 'id' });
    expect(decodeJwtPayload(session.tokens.accessToken)).toMatchObject({ token_use: 'access', username: session.user.sub });
    expect(session.expiresAt - Date.now()).toBeGreaterThan(590_000);
    expect(session.groups).toEqual(['admin']);

    renderMock(
      <ProtectedRoute>
        <p>Dashboard</p>
        <Who />
      </ProtectedRoute>,
      { session },
    );
    expect(screen.getByText('Dashboard')).toBeInTheDocument();
    expect(screen.getByTestId('who')).toHaveTextContent('signedIn ada@example.com [admin]');
  });

  it('groups: in the group sees the page, outside it sees Access denied', () => {
    const page = (
      <ProtectedRoute groups={['admin']}>
        <p>Admin page</p>
      </ProtectedRoute>
    );
    const { unmount } = renderMock(page, { user: { email: 'ada@example.com', groups: ['admin', 'staff'] } });
    expect(screen.getByText('Admin page')).toBeInTheDocument();
    unmount();
    renderMock(page, { user: { email: 'bob@example.com', groups: ['staff'] } });
    expect(screen.getByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(screen.queryByText('Admin page')).not.toBeInTheDocument();
  });

  it('signed out shows the sign-in form; signing in as a known user gives their groups', async () => {
    renderMock(
      <ProtectedRoute groups={['admin']}>
        <p>Admin page</p>
        <Who />
      </ProtectedRoute>,
      { users: [{ email: 'ada@example.com', groups: ['admin'] }] },
    );
    await signIn('ada@example.com');
    expect(await screen.findByText('Admin page')).toBeInTheDocument();
    expect(screen.getByTestId('who')).toHaveTextContent('signedIn ada@example.com [admin]');
  });

  it('an expired session is restored by the real refresh logic: loading, then signed in', async () => {
    renderMock(
      <ProtectedRoute loading={<p>Restoring…</p>}>
        <p>Dashboard</p>
      </ProtectedRoute>,
      { session: createTestSession({ expiresIn: -60 }), delay: 30 },
    );
    expect(screen.getByText('Restoring…')).toBeInTheDocument();
    expect(await screen.findByText('Dashboard')).toBeInTheDocument();
  });

  it('a revoked refresh token signs the user out', async () => {
    renderMock(
      <>
        <ProtectedRoute fallback={<p>Please sign in</p>}>
          <p>Dashboard</p>
        </ProtectedRoute>
        <SignOutReason />
      </>,
      { session: createTestSession({ expiresIn: -60 }), scripts: { refresh: failWith('sessionRevoked') } },
    );
    expect(await screen.findByText('Please sign in')).toBeInTheDocument();
    expect(screen.getByTestId('reason')).toHaveTextContent('revoked');
  });

  it('challenge steps: sign-in resolves to TOTP, the answer script decides', async () => {
    const client = createMockAuthClient({
      scripts: {
        signIn: resolveWith({ step: 'totpMfa' }),
        answerChallenge: (answer) =>
          answer.kind === 'mfaCode' && answer.code === '123456' ? resolveWith(undefined) : failWith('codeMismatch'),
      },
    });
    expect(await client.signIn({ email: 'ada@example.com', password: 'pw' })).toEqual({ step: 'totpMfa' });
    expect(client.getState().status).toBe('challenge');
    await expect(client.answerChallenge({ kind: 'mfaCode', code: '000000' })).rejects.toMatchObject({ code: 'codeMismatch' });
    const done = await client.answerChallenge({ kind: 'mfaCode', code: '123456' });
    expect(done.step).toBe('done');
    expect(client.getState().session?.user.email).toBe('ada@example.com');
  });

  it('MFA set-up steps unscripted: choose TOTP → its secret → signed in; choose email → address → emailed code → signed in', async () => {
    const client = createMockAuthClient({ scripts: { signIn: resolveWith({ step: 'mfaSetup', options: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] }) } });
    expect(await client.signIn({ email: 'ada@example.com', password: 'pw' })).toEqual({ step: 'mfaSetup', options: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] });
    expect(await client.answerChallenge({ kind: 'selectMfa', mfa: 'SOFTWARE_TOKEN_MFA' })).toEqual({ step: 'totpSetup', secret: mockTotpSecret });
    expect((await client.answerChallenge({ kind: 'mfaCode', code: '123456' })).step).toBe('done');

    await client.signOut();
    await client.signIn({ email: 'ada@example.com', password: 'pw' });
    expect(await client.answerChallenge({ kind: 'selectMfa', mfa: 'EMAIL_OTP' })).toEqual({ step: 'emailSetup' });
    expect(await client.answerChallenge({ kind: 'emailAddress', email: 'ada@example.com' })).toEqual({
      step: 'emailMfa',
      delivery: { destination: 'a***@e***', medium: 'EMAIL', attribute: 'email' },
    });
    // A resent code repeats the step, as a new sign-in would.
    expect((await client.answerChallenge({ kind: 'resendCode' })).step).toBe('emailMfa');
    expect((await client.answerChallenge({ kind: 'mfaCode', code: '123456' })).step).toBe('done');
  });

  it('getMfaPreference / setMfaPreference keep the settings as Cognito does; TOTP set-up makes it preferred', async () => {
    const client = createMockAuthClient({ user: { email: 'ada@example.com' } });
    expect(await client.getMfaPreference()).toEqual({ enabled: [], preferred: null });
    await client.setMfaPreference({ email: 'preferred' });
    expect(await client.getMfaPreference()).toEqual({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });
    await client.completeTotpSetup({ code: '123456' });
    expect(await client.getMfaPreference()).toEqual({ enabled: ['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });
    await client.setMfaPreference({ totp: 'disabled' });
    expect(await client.getMfaPreference()).toEqual({ enabled: ['EMAIL_OTP'], preferred: null });
    client.setScript('getMfaPreference', resolveWith({ enabled: ['SMS_MFA'], preferred: 'SMS_MFA' }));
    expect(await client.getMfaPreference()).toEqual({ enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });
  });

  it('register → confirm with scripted steps, and the calls are recorded', async () => {
    const client = createMockAuthClient({ scripts: { confirmSignUp: [failWith('codeMismatch'), resolveWith(undefined)] } });
    render(
      <MockAuthProvider client={client}>
        <RegisterForm />
        <Who />
      </MockAuthProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'new@example.com');
    await user.type(screen.getByLabelText('Password'), 'Correct-horse-1');
    await user.type(screen.getByLabelText('Confirm password'), 'Correct-horse-1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('We sent a code to n***@e***.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Verification code'), '111111');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('That code is not right.'));
    await user.clear(screen.getByLabelText('Verification code'));
    await user.type(screen.getByLabelText('Verification code'), '222222');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('signedIn new@example.com'));
    expect(client.calls.map((c) => c.method)).toEqual(['signUp', 'confirmSignUp', 'confirmSignUp', 'signIn']);
    expect(client.calls[2]?.args).toEqual(['new@example.com', '222222']);
  });

  it('methods added to the transport later work unscripted, and can be scripted by name', async () => {
    const client = createMockAuthClient({ user: { email: 'ada@example.com' } });
    expect(await client.getUserAttributes()).toMatchObject({ email: 'ada@example.com', email_verified: 'true' });
    const totp = await client.startTotpSetup({ issuer: 'Demo' });
    expect(totp.uri).toBe('otpauth://totp/Demo:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Demo');
    client.setScript('changePassword', failWith('wrongCurrentPassword'));
    await expect(client.changePassword({ currentPassword: 'a', newPassword: 'b' })).rejects.toMatchObject({ code: 'wrongCurrentPassword' });
    await client.updateUserAttributes({ name: 'Ada Lovelace' });
    expect(client.getState().session?.user.name).toBe('Ada Lovelace');
  });

  it('devices: a stateful list (this browser and a phone) that remember and forget change; scriptable like the rest', async () => {
    const client = createMockAuthClient({ user: { email: 'ada@example.com' } });
    const listed = await client.listDevices();
    expect(listed).toEqual({ devices: mockDevices, currentDeviceKey: mockDevices[0]?.deviceKey });
    await client.rememberDevice(false);
    expect((await client.listDevices()).devices[0]?.remembered).toBe(false);
    await client.forgetDevice(mockDevices[1]?.deviceKey);
    expect((await client.listDevices()).devices.map((d) => d.name)).toEqual([mockDevices[0]?.name]);
    expect(client.calls.filter((c) => c.method === 'forgetDevice').map((c) => c.args[2])).toEqual([mockDevices[1]?.deviceKey]);
    client.setScript('listDevices', failWith('network'));
    await expect(client.listDevices()).rejects.toMatchObject({ code: 'network' });
  });

  it("rememberDevice: 'ask' — the MFA step's checkbox reaches the transport with the code", async () => {
    const client = createMockAuthClient({ config: { rememberDevice: 'ask' }, scripts: { signIn: resolveWith({ step: 'totpMfa' }) } });
    renderMock(<><LoginForm /><Who /></>, { client });
    const user = await signIn();
    await user.click(await screen.findByRole('checkbox', { name: /Remember this device/ }));
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('signedIn'));
    const answer = client.calls.find((c) => c.method === 'answerChallenge');
    expect(answer?.args[0]).toEqual({ kind: 'mfaCode', code: '123456', rememberDevice: true });
  });
});

function SignOutReason() {
  const { signOutReason } = useSession();
  return <p data-testid="reason">{signOutReason ?? '-'}</p>;
}
