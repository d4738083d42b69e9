import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TOTP } from 'otpauth';
import { Activity, useState, type ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { createCognitoTransport, type CognitoTransport } from '../../src/core/cognito-transport';
import { resolveConfig } from '../../src/core/config';
import { ChangePasswordForm } from '../../src/react/components/ChangePasswordForm';
import { ForgotPasswordForm } from '../../src/react/components/ForgotPasswordForm';
import { LoginForm } from '../../src/react/components/LoginForm';
import { RegisterForm } from '../../src/react/components/RegisterForm';
import { TotpSetup } from '../../src/react/components/TotpSetup';
import { startEmulatorFixture, strongPassword, type EmulatorFixture, confirmedUser as confirmedUserOf, signedInClient as signedInClientOf } from '../support/emulator-fixture';
import { renderWithBadge, renderWithKit } from './render-with-kit';

// Three submits in one task (a triple click, a script calling requestSubmit() three times): react-query's
// isPending reaches the button only with the next render, so each form must see at once that its request is
// under way. Every form family, against the emulator, counting the Cognito requests that arrived.

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

const totpFor = (secret: string) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });

/** Cognito requests per operation since this call. */
function requestsSince() {
  const before = fixture.emulator.requests.all().length;
  return (target: string) => fixture.emulator.requests.all().slice(before).filter((r) => r.target === target).length;
}

/** Three clicks in one task, as `button.click()` three times in a script (or a fast triple click) gives them. */
function clickThrice(name: string) {
  const button = screen.getByRole('button', { name });
  act(() => {
    button.click();
    button.click();
    button.click();
  });
}

async function type(fields: Record<string, string>) {
  const user = userEvent.setup();
  for (const [label, value] of Object.entries(fields)) {
    await user.clear(screen.getByLabelText(label));
    await user.type(screen.getByLabelText(label), value);
  }
}

const confirmedUser = (label: string) => confirmedUserOf(fixture, label);
const signedInClient = (email: string) => signedInClientOf(fixture, email);

const signedIn = (email: string) => waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));

describe('one request per intent, however the submits arrive', () => {
  it('RegisterForm: one SignUp and the code step (no "already exists"); one resend; one ConfirmSignUp, then signed in', async () => {
    const email = fixture.uniqueEmail('triple-register');
    renderWithBadge(<RegisterForm />, { config: fixture.config() });
    await type({ Email: email, Password: strongPassword, 'Confirm password': strongPassword });
    const count = requestsSince();
    clickThrice('Create account');
    const codeInput = await screen.findByLabelText('Verification code');
    expect(count('SignUp')).toBe(1);
    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();

    const resentAt = Date.now();
    clickThrice('Send a new code');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('A new code is on its way'));
    const code = await fixture.emulator.codes.waitFor(email, { after: resentAt });
    await userEvent.setup().type(codeInput, code);
    clickThrice('Confirm');
    await signedIn(email);
    expect(count('ResendConfirmationCode')).toBe(1);
    expect(count('ConfirmSignUp')).toBe(1);
    // Confirmed, then signed in with SRP: one InitiateAuth and one answer.
    expect(count('InitiateAuth')).toBe(1);
    expect(count('RespondToAuthChallenge')).toBe(1);
    expect(screen.queryByRole('alert')).toBeEmptyDOMElement();
  });

  it.each([
    ['three clicks', () => clickThrice('Sign in')],
    [
      'requestSubmit() three times',
      () => {
        const form = screen.getByRole('form', { name: 'Sign in' }) as HTMLFormElement;
        act(() => {
          form.requestSubmit();
          form.requestSubmit();
          form.requestSubmit();
        });
      },
    ],
  ])('LoginForm, %s: one InitiateAuth, one RespondToAuthChallenge, signed in', async (_how, submitThrice) => {
    const email = await confirmedUser('triple-login');
    renderWithBadge(<LoginForm />, { config: fixture.config() });
    await type({ Email: email, Password: strongPassword });
    const count = requestsSince();
    submitThrice();
    await signedIn(email);
    expect(count('InitiateAuth')).toBe(1);
    expect(count('RespondToAuthChallenge')).toBe(1);
  });

  it('ForgotPasswordForm, both stages: one ForgotPassword, one ConfirmForgotPassword, then signed in', async () => {
    const email = await confirmedUser('triple-forgot');
    renderWithBadge(<ForgotPasswordForm />, { config: fixture.config() });
    await type({ Email: email });
    const count = requestsSince();
    const sentAt = Date.now();
    clickThrice('Send code');
    await screen.findByLabelText('Verification code');
    expect(count('ForgotPassword')).toBe(1);
    const code = await fixture.emulator.codes.waitFor(email, { after: sentAt });
    await type({ 'Verification code': code, 'New password': 'Reset-Triple-9', 'Confirm password': 'Reset-Triple-9' });
    clickThrice('Reset password');
    await signedIn(email);
    expect(count('ConfirmForgotPassword')).toBe(1);
    expect(count('ForgotPassword')).toBe(1);
  });

  it('ChangePasswordForm: one ChangePassword', async () => {
    const email = await confirmedUser('triple-change');
    renderWithKit(<ChangePasswordForm />, { client: await signedInClient(email) });
    await type({ 'Current password': strongPassword, 'New password': 'Changed-Triple-3', 'Confirm password': 'Changed-Triple-3' });
    const count = requestsSince();
    clickThrice('Change password');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password was changed.'));
    expect(count('ChangePassword')).toBe(1);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('challenge steps: a new password, an MFA choice and an MFA code are each answered once', async () => {
    // New password (an admin-created user).
    const invited = fixture.uniqueEmail('triple-invited');
    await fixture.emulator.admin.createUser(fixture.pool.userPoolId, invited, 'Temp-Pass-123');
    const first = renderWithBadge(<LoginForm />, { config: fixture.config() });
    await type({ Email: invited, Password: 'Temp-Pass-123' });
    await act(async () => screen.getByRole('button', { name: 'Sign in' }).click());
    await screen.findByRole('form', { name: 'Choose a new password' });
    await type({ 'New password': 'Mine-Triple-42', 'Confirm password': 'Mine-Triple-42' });
    let count = requestsSince();
    clickThrice('Set password and sign in');
    await signedIn(invited);
    expect(count('RespondToAuthChallenge')).toBe(1);
    first.unmount();

    // The choice between SMS and TOTP, then the TOTP code.
    const email = await confirmedUser('triple-mfa');
    const setup = await signedInClient(email);
    const { secret } = await setup.startTotpSetup();
    await setup.completeTotpSetup({ code: totpFor(secret).generate() });
    await fixture.emulator.admin.enableSmsMfa(fixture.pool.userPoolId, email, '+15555550123');
    await setup.setMfaPreference({ sms: 'enabled', totp: 'enabled' });
    renderWithBadge(<LoginForm />, { config: fixture.config() });
    await type({ Email: email, Password: strongPassword });
    await act(async () => screen.getByRole('button', { name: 'Sign in' }).click());
    const group = await screen.findByRole('group', { name: 'How do you want to get your code?' });
    await userEvent.setup().click(within(group).getByLabelText('Authenticator app'));
    count = requestsSince();
    clickThrice('Continue');
    await screen.findByLabelText('Verification code');
    expect(count('RespondToAuthChallenge')).toBe(1);

    await type({ 'Verification code': totpFor(secret).generate() });
    count = requestsSince();
    clickThrice('Verify');
    await signedIn(email);
    expect(count('RespondToAuthChallenge')).toBe(1);
    // A second answer would have found the challenge spent: no error on the way.
    expect(count('InitiateAuth')).toBe(0);
  });

  it('TotpSetup: one AssociateSoftwareToken, one VerifySoftwareToken', async () => {
    const email = await confirmedUser('triple-totp-setup');
    renderWithKit(<TotpSetup issuer="Kit Demo" />, { client: await signedInClient(email) });
    const count = requestsSince();
    clickThrice('Set up authenticator app');
    await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(count('AssociateSoftwareToken')).toBe(1);
    const secret = screen.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent!.replace(/ /g, '');
    await type({ 'Verification code': totpFor(secret).generate() });
    clickThrice('Verify');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your authenticator app is set up.'));
    expect(count('VerifySoftwareToken')).toBe(1);
  });

  it('a form hidden by <Activity> while its request is out takes the next submit once shown again', async () => {
    const email = await confirmedUser('activity-change');
    const signed = await signedInClient(email);
    const real = createCognitoTransport(resolveConfig(fixture.config()));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    // The first ChangePassword waits until the form is hidden; the next goes straight through.
    const slow: CognitoTransport = {
      ...real,
      changePassword: async (...args) => {
        calls += 1;
        if (calls === 1) await held;
        return real.changePassword(...args);
      },
    };
    const client = createAuthClient(fixture.config(), { transport: slow });
    await client.fromTokens(signed.getState().session!.tokens);
    let show: (mode: 'visible' | 'hidden') => void = () => undefined;
    function Page({ children }: { children: ReactNode }) {
      const [mode, setMode] = useState<'visible' | 'hidden'>('visible');
      show = setMode;
      return <Activity mode={mode}>{children}</Activity>;
    }
    renderWithKit(
      <Page>
        <ChangePasswordForm />
      </Page>,
      { client },
    );
    await type({ 'Current password': strongPassword, 'New password': 'Changed-Hidden-4', 'Confirm password': 'Changed-Hidden-4' });
    clickThrice('Change password');
    await waitFor(() => expect(calls).toBe(1));
    act(() => show('hidden'));
    release();
    await waitFor(() => expect(fixture.emulator.requests.all().some((r) => r.target === 'ChangePassword')).toBe(true));
    act(() => show('visible'));
    await type({ 'Current password': 'Changed-Hidden-4', 'New password': 'Changed-Hidden-5', 'Confirm password': 'Changed-Hidden-5' });
    clickThrice('Change password');
    await waitFor(() => expect(calls).toBe(2));
  });
});
