import { QueryClient, useQuery } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { createCognitoTransport, type CognitoTransport } from '../../src/core/cognito-transport';
import { resolveConfig } from '../../src/core/config';
import { AuthProvider } from '../../src/react/AuthProvider';
import { ChangePasswordForm } from '../../src/react/components/ChangePasswordForm';
import { ForgotPasswordForm } from '../../src/react/components/ForgotPasswordForm';
import { LoginForm } from '../../src/react/components/LoginForm';
import { TotpSetup } from '../../src/react/components/TotpSetup';
import { useSignOut } from '../../src/react/hooks/useSignOut';
import { useUpdateUserAttributes } from '../../src/react/hooks/useUpdateUserAttributes';
import { useUserAttributes } from '../../src/react/hooks/useUserAttributes';
import { useVerifyAttribute } from '../../src/react/hooks/useVerifyAttribute';
import { startEmulatorFixture, strongPassword, type EmulatorFixture, confirmedUser as confirmedUserOf, signedInClient as signedInClientOf } from '../support/emulator-fixture';
import { describedByText, renderWithBadge, renderWithKit, SessionBadge } from './render-with-kit';

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

const totpFor = (secret: string) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

const confirmedUser = (label: string) => confirmedUserOf(fixture, label);
const signedInClient = (email: string) => signedInClientOf(fixture, email);

async function typeAndSubmit(fields: Record<string, string>, button: string) {
  const user = userEvent.setup();
  for (const [label, value] of Object.entries(fields)) {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
  await user.click(screen.getByRole('button', { name: button }));
  return user;
}

/** A user with both TOTP and SMS MFA, signing in through LoginForm up to the "which MFA" choice. */
async function atMfaChoice(label: string, phone: string) {
  const email = await confirmedUser(label);
  const setup = await signedInClient(email);
  const { secret } = await setup.startTotpSetup();
  await setup.completeTotpSetup({ code: totpFor(secret).generate() });
  await fixture.emulator.admin.enableSmsMfa(fixture.pool.userPoolId, email, phone);
  await setup.setMfaPreference({ sms: 'enabled', totp: 'enabled' });
  renderWithBadge(<LoginForm />, { config: fixture.config() });
  await typeAndSubmit({ Email: email, Password: strongPassword }, 'Sign in');
  const group = await screen.findByRole('group', { name: 'How do you want to get your code?' });
  return { email, secret, group, user: userEvent.setup() };
}

describe('ForgotPasswordForm', () => {
  it('email → code + new password (wrong code first) → signed in with the new password', async () => {
    const email = await confirmedUser('forgot-ui');
    const onSignedIn = vi.fn();
    renderWithBadge(<ForgotPasswordForm onSignedIn={onSignedIn} />, { config: fixture.config() });
    const sentAt = Date.now();
    await typeAndSubmit({ Email: email }, 'Send code');
    const codeInput = await screen.findByLabelText('Verification code');
    const code = await fixture.emulator.codes.waitFor(email, { after: sentAt });
    await typeAndSubmit({ 'Verification code': otherThan(code), 'New password': 'Reset-Pass-77', 'Confirm password': 'Reset-Pass-77' }, 'Reset password');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('That code is not right.'));
    expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('New password')).toHaveValue('Reset-Pass-77');
    await typeAndSubmit({ 'Verification code': code }, 'Reset password');
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    // Shown first; the sign-in resolves (onSignedIn) a task later (issue #17).
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });

  it('mismatched new passwords are caught on the confirm field', async () => {
    const email = await confirmedUser('forgot-mismatch');
    renderWithKit(<ForgotPasswordForm />, { config: fixture.config() });
    await typeAndSubmit({ Email: email }, 'Send code');
    await screen.findByLabelText('Verification code');
    await typeAndSubmit({ 'Verification code': '123456', 'New password': 'Reset-Pass-77', 'Confirm password': 'Reset-Pass-78' }, 'Reset password');
    expect(describedByText(screen.getByLabelText('Confirm password'))).toBe('The passwords do not match.');
  });

  it('limit exceeded (mocked: the emulator has no rate limits) shows its message', async () => {
    const real = createCognitoTransport(resolveConfig(fixture.config()));
    const limited: CognitoTransport = {
      ...real,
      forgotPassword: () => Promise.reject(Object.assign(new Error('Attempt limit exceeded, please try after some time.'), { code: 'LimitExceededException' })),
    };
    renderWithKit(<ForgotPasswordForm />, { client: createAuthClient(fixture.config(), { transport: limited }) });
    await typeAndSubmit({ Email: 'someone@example.com' }, 'Send code');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a few minutes and try again.'));
  });
});

describe('LoginForm extra steps', () => {
  it('PasswordResetRequiredException (mocked: the emulator cannot demand a reset) lands on the reset form with the email', async () => {
    const real = createCognitoTransport(resolveConfig(fixture.config()));
    const demanding: CognitoTransport = {
      ...real,
      signIn: () => Promise.reject(Object.assign(new Error('Password reset required for the user'), { code: 'PasswordResetRequiredException' })),
    };
    renderWithKit(<LoginForm />, { client: createAuthClient(fixture.config(), { transport: demanding }) });
    await typeAndSubmit({ Email: 'legacy@example.com', Password: 'whatever' }, 'Sign in');
    const form = await screen.findByRole('form', { name: 'Reset your password' });
    expect(within(form).getByText(/You need to choose a new password/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Email')).toHaveValue('legacy@example.com');
  });

  it('first access: an admin-created user sets a new password before the session starts', async () => {
    const email = fixture.uniqueEmail('invited-ui');
    await fixture.emulator.admin.createUser(fixture.pool.userPoolId, email, 'Temp-Pass-123');
    renderWithBadge(<LoginForm />, { config: fixture.config() });
    await typeAndSubmit({ Email: email, Password: 'Temp-Pass-123' }, 'Sign in');
    await screen.findByRole('form', { name: 'Choose a new password' });
    expect(screen.getByTestId('session')).toHaveTextContent('challenge');
    await typeAndSubmit({ 'New password': 'Mine-Now-42', 'Confirm password': 'Mine-Now-42' }, 'Set password and sign in');
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });

  it('TOTP at sign-in: a wrong code is refused with its message, the right one signs in', async () => {
    const email = await confirmedUser('totp-ui');
    const setup = await signedInClient(email);
    const { secret } = await setup.startTotpSetup();
    await setup.completeTotpSetup({ code: totpFor(secret).generate() });
    renderWithBadge(<LoginForm />, { config: fixture.config() });
    await typeAndSubmit({ Email: email, Password: strongPassword }, 'Sign in');
    const codeInput = await screen.findByLabelText('Verification code');
    expect(describedByText(codeInput)).toBe('Enter the 6-digit code from your authenticator app.');
    expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
    fixture.emulator.requests.clear();
    await typeAndSubmit({ 'Verification code': totpFor(secret).generate({ timestamp: Date.now() - 600_000 }) }, 'Verify');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('That code is not right.'));
    expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    // Cognito ends the challenge after a wrong code: the form signs in again (SRP: two requests) for a fresh one.
    await waitFor(() => expect(fixture.emulator.requests.count({ target: 'RespondToAuthChallenge' })).toBe(2));
    await typeAndSubmit({ 'Verification code': totpFor(secret).generate() }, 'Verify');
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });

  it('SMS MFA (set up through the emulator) and the choice between SMS and TOTP', async () => {
    const { email, group, user } = await atMfaChoice('select-ui', '+15555550177');
    await user.click(within(group).getByLabelText('Text message'));
    const sentAt = Date.now();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const codeInput = await screen.findByLabelText('Verification code');
    expect(describedByText(codeInput)).toMatch(/Enter the code we texted to/);
    const code = await fixture.emulator.codes.waitFor('+15555550177', { after: sentAt });
    await typeAndSubmit({ 'Verification code': code }, 'Verify');
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });
});

describe('MFA choice then a wrong code', () => {
  it('keeps the user on the code step with the error, then the right code signs in', async () => {
    const { email, secret, group, user } = await atMfaChoice('choice-retry', '+15555550199');
    await user.click(within(group).getByLabelText('Authenticator app'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByLabelText('Verification code');
    fixture.emulator.requests.clear();
    await typeAndSubmit({ 'Verification code': totpFor(secret).generate({ timestamp: Date.now() - 600_000 }) }, 'Verify');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('That code is not right.'));
    // Restarted behind the scenes (wrong code, PASSWORD_VERIFIER, the same choice) and still on the code step.
    await waitFor(() => expect(fixture.emulator.requests.count({ target: 'RespondToAuthChallenge' })).toBe(3));
    expect(screen.queryByRole('group', { name: 'How do you want to get your code?' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That code is not right.');
    await typeAndSubmit({ 'Verification code': totpFor(secret).generate() }, 'Verify');
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });
});

describe('signed-in account components', () => {
  it('ChangePasswordForm: wrong current password has its own message on that field; then it changes and empties the fields', async () => {
    const email = await confirmedUser('change-ui');
    const onChanged = vi.fn();
    renderWithKit(<ChangePasswordForm onChanged={onChanged} />, { client: await signedInClient(email) });
    await typeAndSubmit({ 'Current password': 'Not-It-1', 'New password': 'Changed-UI-3', 'Confirm password': 'Changed-UI-3' }, 'Change password');
    const current = screen.getByLabelText('Current password');
    await waitFor(() => expect(describedByText(current)).toBe('Your current password is not right.'));
    await waitFor(() => expect(current).toHaveFocus());
    expect(screen.getByLabelText('New password')).toHaveValue('Changed-UI-3');
    await typeAndSubmit({ 'Current password': strongPassword }, 'Change password');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password was changed.'));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('New password')).toHaveValue('');
    expect((await fixture.client().signIn({ email, password: 'Changed-UI-3' })).step).toBe('done');
  });

  it('TotpSetup: shows a QR code and the key, refuses a wrong code, enables TOTP with the right one', async () => {
    const email = await confirmedUser('totp-setup-ui');
    renderWithKit(<TotpSetup issuer="Kit Demo" />, { client: await signedInClient(email) });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    const qr = await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    const secret = screen.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent!.replace(/ /g, '');
    await typeAndSubmit({ 'Verification code': otherThan(totpFor(secret).generate()) }, 'Verify');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('That code is not right.'));
    await typeAndSubmit({ 'Verification code': totpFor(secret).generate() }, 'Verify');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your authenticator app is set up.'));
    expect(await fixture.client().signIn({ email, password: strongPassword })).toEqual({ step: 'totpMfa' });
  });

  it('attributes: query keyed by user, update refreshes claims, a changed email is verified with its code', async () => {
    const email = await confirmedUser('attrs-ui');
    const newEmail = fixture.uniqueEmail('attrs-ui-new');
    function Profile() {
      const attributes = useUserAttributes();
      const update = useUpdateUserAttributes();
      const verify = useVerifyAttribute();
      return (
        <div>
          <p data-testid="name">{attributes.data?.name ?? '-'}</p>
          <p data-testid="verified">{attributes.data?.email_verified ?? '-'}</p>
          <button onClick={() => update.mutate({ name: 'Grace Hopper' })}>Rename</button>
          <button onClick={() => update.mutate({ email: newEmail })}>Change email</button>
          <button onClick={() => verify.mutate({ attribute: 'email', code: fixture.emulator.codes.last(newEmail) ?? '' })}>Verify</button>
        </div>
      );
    }
    renderWithBadge(<Profile />, { client: await signedInClient(email) });
    await waitFor(() => expect(screen.getByTestId('verified')).toHaveTextContent('true'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(screen.getByTestId('name')).toHaveTextContent('Grace Hopper'));
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${newEmail}`));
    await fixture.emulator.codes.waitFor(newEmail);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(fixture.emulator.requests.count({ target: 'VerifyUserAttribute' })).toBeGreaterThan(0));
  });

  it('sign-out everywhere revokes the other devices and clears the react-query cache', async () => {
    const email = await confirmedUser('global-ui');
    const phone = await signedInClient(email);
    const queryClient = new QueryClient();
    function Data() {
      const query = useQuery({ queryKey: ['orders'], queryFn: () => Promise.resolve(['order-1']) });
      const signOut = useSignOut({ global: true });
      return (
        <>
          <p data-testid="orders">{query.data?.join(',') ?? 'none'}</p>
          <button onClick={() => signOut.mutate()}>Sign out everywhere</button>
        </>
      );
    }
    const { render } = await import('@testing-library/react');
    render(
      <AuthProvider client={await signedInClient(email)} queryClient={queryClient}>
        <SessionBadge />
        <Data />
      </AuthProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('orders')).toHaveTextContent('order-1'));
    await act(() => screen.getByRole('button', { name: 'Sign out everywhere' }).click());
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('signedOut'));
    expect(queryClient.getQueryData(['orders'])).toBeUndefined();
    await expect(phone.refresh()).rejects.toMatchObject({ code: 'sessionRevoked' });
  });
});

describe('failures the harness produces as Cognito does (once mocked for want of it): real client and components', () => {
  it("password policy (the harness enforces the pool's): the rule Cognito names shows on the password field", async () => {
    const { RegisterForm } = await import('../../src/react/components/RegisterForm');
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    await typeAndSubmit({ Email: fixture.uniqueEmail('policy'), Password: 'Weakpass1', 'Confirm password': 'Weakpass1' }, 'Create account');
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(describedByText(password)).toMatch(/^This password is not allowed: Password must have symbol characters\./));
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveValue('Weakpass1');
  });

  it('expired code (the harness expires sign-up codes after 24 h) asks for a new one', async () => {
    const { RegisterForm } = await import('../../src/react/components/RegisterForm');
    const email = fixture.uniqueEmail('expired-code');
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    await typeAndSubmit({ Email: email, Password: strongPassword, 'Confirm password': strongPassword }, 'Create account');
    await screen.findByLabelText('Verification code');
    const code = await fixture.emulator.codes.waitFor(email);
    fixture.emulator.clock.advance(24 * 60 * 60 * 1000);
    try {
      await typeAndSubmit({ 'Verification code': code }, 'Confirm');
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('That code has expired. Ask for a new one.'));
      expect(screen.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
    } finally {
      fixture.emulator.clock.reset();
    }
  });
});
