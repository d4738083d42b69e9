import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/core/storage';
import type { AuthConfig } from '../../src/core/config';
import { LoginForm } from '../../src/react/components/LoginForm';
import { MfaSettings } from '../../src/react/components/MfaSettings';
import type { EmulatorPool } from '../support/cognito-emulator';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { describedByText, renderWithBadge } from './render-with-kit';

// LoginForm's email MFA and MFA set-up steps, and MfaSettings, against the harness (no mocks).

let fixture: EmulatorFixture;
let optional: EmulatorPool;
let required: EmulatorPool;
const totp = (secret: string) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

beforeAll(async () => {
  fixture = await startEmulatorFixture();
  optional = await fixture.emulator.createPool({ mfa: { configuration: 'OPTIONAL', email: true } });
  required = await fixture.emulator.createPool({ mfa: { configuration: 'ON', email: true } });
});
afterAll(() => fixture?.emulator.stop());

const configFor = (pool: EmulatorPool): AuthConfig => ({
  userPoolId: pool.userPoolId,
  clientId: pool.clientId,
  endpoint: fixture.emulator.endpoint,
  storage: createMemoryStorage(),
  authFlow: 'USER_PASSWORD_AUTH',
});

async function userIn(pool: EmulatorPool, label: string): Promise<string> {
  const email = fixture.uniqueEmail(label);
  await fixture.emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  return email;
}

async function signIn(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), strongPassword);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('LoginForm, email MFA', () => {
  it('shows where the code went; a wrong code is announced and focused, and a new one sent (Cognito ended the session); the new one signs in', async () => {
    const email = await userIn(optional, 'ui-email-mfa');
    await fixture.emulator.admin.setMfaPreference(optional.userPoolId, email, { email: { enabled: true, preferred: true } });
    renderWithBadge(<LoginForm />, { config: configFor(optional) });
    const started = Date.now();
    const user = await signIn(email);
    const code = await screen.findByLabelText('Verification code');
    expect(describedByText(code)).toContain('Enter the code we emailed to u***@e***.');
    const first = await fixture.emulator.codes.waitFor(email, { after: started });

    const wrongAt = Date.now();
    await user.type(code, otherThan(first));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('That code is not right.'));
    expect(document.activeElement).toBe(screen.getByLabelText('Verification code'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('A new code is on its way to u***@e***.'));
    await fixture.emulator.codes.waitFor(email, { after: wrongAt });

    const resent = Date.now();
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeEmptyDOMElement());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('A new code is on its way to u***@e***.'));
    const second = await fixture.emulator.codes.waitFor(email, { after: resent });

    await user.clear(screen.getByLabelText('Verification code'));
    await user.type(screen.getByLabelText('Verification code'), second);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });
});

describe('LoginForm, MFA set-up at sign-in', () => {
  it('choose the authenticator app: QR code and key, the first code signs in', async () => {
    const email = await userIn(required, 'ui-setup-totp');
    renderWithBadge(<LoginForm messages={{ totpIssuer: 'Kit Demo' }} />, { config: configFor(required) });
    const user = await signIn(email);
    const group = await screen.findByRole('group', { name: 'How do you want to get your codes?' });
    await user.click(within(group).getByLabelText('Authenticator app'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeInTheDocument();
    const secret = (document.querySelector('.rck-secret code')?.textContent ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    await user.type(screen.getByLabelText('Verification code'), totp(secret).generate());
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });

  it('choose email: the address (prefilled) gets a code, which signs in', async () => {
    const email = await userIn(required, 'ui-setup-email');
    renderWithBadge(<LoginForm />, { config: configFor(required) });
    const user = await signIn(email);
    const group = await screen.findByRole('group', { name: 'How do you want to get your codes?' });
    await user.click(within(group).getByLabelText('Email'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const address = await screen.findByRole('textbox', { name: 'Email' });
    expect(address).toHaveValue(email);
    await user.clear(address);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(describedByText(address)).toContain('Enter your email address.'));
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(document.activeElement).toBe(address);

    const sent = Date.now();
    await user.type(address, email);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const code = await screen.findByLabelText('Verification code');
    await user.type(code, await fixture.emulator.codes.waitFor(email, { after: sent }));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });
});

describe('MfaSettings', () => {
  it('lists the factors, turns email on and makes it preferred, turns it off', async () => {
    const email = await userIn(optional, 'ui-settings');
    renderWithBadge(
      <>
        <LoginForm />
        <MfaSettings />
      </>,
      { config: configFor(optional) },
    );
    const user = await signIn(email);
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    const list = await screen.findByRole('list');
    const emailRow = within(list).getByText('Email').closest('li')!;
    expect(emailRow).toHaveTextContent('Off');

    await user.click(within(emailRow).getByRole('button', { name: 'Turn on email' }));
    await waitFor(() => expect(within(list).getByText('Email').closest('li')).toHaveTextContent('On'));
    expect(screen.getByRole('status')).toHaveTextContent('Your two-step verification settings are saved.');
    await user.click(screen.getByRole('button', { name: 'Ask for email first' }));
    await waitFor(() => expect(within(list).getByText('Email').closest('li')).toHaveTextContent('On · Asked first'));

    await user.click(screen.getByRole('button', { name: 'Turn off email' }));
    await waitFor(() => expect(within(list).getByText('Email').closest('li')).toHaveTextContent('Off'));
    // The authenticator app's "turn on" opens its set-up.
    await user.click(screen.getByRole('button', { name: 'Turn on authenticator app' }));
    expect(await screen.findByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument();
  });
});
