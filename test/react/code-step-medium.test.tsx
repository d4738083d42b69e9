import { screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { createMemoryStorage } from '../../src/core/storage';
import { ForgotPasswordForm } from '../../src/react/components/ForgotPasswordForm';
import { LoginForm } from '../../src/react/components/LoginForm';
import { RegisterForm } from '../../src/react/components/RegisterForm';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { describedByText, renderWithBadge } from './render-with-kit';

// The code steps said "Confirm your email", "Use a different email", "Email confirmed" whatever the pool signed in
// with (#16). They now speak of where the code went: Cognito's CodeDeliveryDetails (SMS or EMAIL) when the step has
// them, the identifier (a phone number gets texts) otherwise. Against the emulator: its phone pools text the code.

let emulator: CognitoEmulator;
let phonePool: EmulatorPool;
let emailPool: EmulatorPool;
let usernamePool: EmulatorPool;
let counter = 0;
beforeAll(async () => {
  emulator = await startCognitoEmulator();
  phonePool = await emulator.createPool({ usernameAttributes: ['phone_number'] });
  emailPool = await emulator.createPool();
  usernamePool = await emulator.createPool({ aliasAttributes: ['email'] });
});
afterAll(() => emulator?.stop());

const unique = () => `${Date.now().toString().slice(-5)}${(counter++).toString().padStart(2, '0')}`;
const configOf = (pool: () => EmulatorPool, loginMechanisms: AuthConfig['loginMechanisms']) => (): AuthConfig => ({
  userPoolId: pool().userPoolId,
  clientId: pool().clientId,
  endpoint: emulator.endpoint,
  storage: createMemoryStorage(),
  authFlow: 'USER_PASSWORD_AUTH',
  loginMechanisms,
});
const phoneConfig = configOf(() => phonePool, ['phone_number']);
const emailConfig = configOf(() => emailPool, ['email']);
const usernameConfig = configOf(() => usernamePool, ['username', 'email']);
const key = (pool: EmulatorPool) => `rck.${pool.clientId}.pendingStep`;
const kept = (pool: EmulatorPool) => JSON.parse(sessionStorage.getItem(key(pool)) ?? 'null') as Record<string, unknown> | null;

const page = (config: () => AuthConfig, ui: ReactElement = <RegisterForm />) => renderWithBadge(ui, { client: createAuthClient(config()) });

/** A reload as code-step-reload.test.tsx does it: pagehide, the tree dropped, only sessionStorage left. */
function reload(rendered: RenderResult) {
  window.dispatchEvent(new Event('pagehide'));
  const left = { ...sessionStorage };
  rendered.unmount();
  for (const [name, value] of Object.entries(left)) sessionStorage.setItem(name, value);
}

const newPhone = () => {
  const national = `07700${unique().slice(-6)}`;
  return { national, phone: `+44${national.slice(1)}` };
};

async function registerPhone(): Promise<{ rendered: RenderResult; phone: string }> {
  const rendered = page(phoneConfig);
  const user = userEvent.setup();
  const { national, phone } = newPhone();
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
  await user.type(screen.getByLabelText('Phone number'), national);
  await user.type(screen.getByLabelText('Password'), strongPassword);
  await user.type(screen.getByLabelText('Confirm password'), strongPassword);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByLabelText('Verification code');
  return { rendered, phone };
}

async function registerEmail(): Promise<{ rendered: RenderResult; email: string }> {
  const rendered = page(emailConfig);
  const user = userEvent.setup();
  const email = `ada.${unique()}@example.com`;
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), strongPassword);
  await user.type(screen.getByLabelText('Confirm password'), strongPassword);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByLabelText('Verification code');
  return { rendered, email };
}

/** Confirms with the code the emulator delivered; the step, without the password after a reload, asks for it. */
async function confirmAfterReload(title: string, to: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  const step = await screen.findByRole('form', { name: title });
  await user.type(within(step).getByLabelText('Verification code'), await emulator.codes.waitFor(to));
  await user.click(within(step).getByRole('button', { name: 'Confirm' }));
  return screen.findByRole('form', { name: title === 'Confirm your phone number' ? 'Phone number confirmed' : 'Email confirmed' });
}

describe('a phone pool: the code went by text message', () => {
  it('RegisterForm: "Confirm your phone number", where the text went, "Use a different phone number", and an empty code asks for the texted one', async () => {
    await registerPhone();
    const step = screen.getByRole('form', { name: 'Confirm your phone number' });
    expect(describedByText(within(step).getByLabelText('Verification code'))).toMatch(/^We sent a code by text message to \+\S+\.$/);
    expect(within(step).getByRole('button', { name: 'Use a different phone number' })).toBeInTheDocument();
    expect(within(step).queryByText(/email/i)).toBeNull();
    await userEvent.setup().click(within(step).getByRole('button', { name: 'Confirm' }));
    expect(describedByText(within(step).getByLabelText('Verification code'))).toContain('Enter the code from your text message.');
  });

  it('after a reload: the step keeps the medium, and confirming says "Phone number confirmed"', async () => {
    const { rendered, phone } = await registerPhone();
    reload(rendered);
    expect(kept(phonePool)).toMatchObject({ form: 'register', username: phone, medium: 'SMS' });
    page(phoneConfig);
    const confirmed = await confirmAfterReload('Confirm your phone number', phone);
    expect(within(confirmed).getByRole('status')).toHaveTextContent('Your phone number is confirmed. Enter your password to sign in.');
    await userEvent.setup().type(within(confirmed).getByLabelText('Password'), strongPassword);
    await userEvent.setup().click(within(confirmed).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('signedIn'));
  });

  it('LoginForm, an unconfirmed user (no delivery details yet): the number says the code comes by text message', async () => {
    const { national, phone } = newPhone();
    await createAuthClient(phoneConfig()).signUp({ username: phone, password: strongPassword });
    page(phoneConfig, <LoginForm />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    await user.type(screen.getByLabelText('Phone number'), national);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const step = await screen.findByRole('form', { name: 'Confirm your phone number' });
    expect(within(step).getByRole('status')).toHaveTextContent('Your account is not confirmed yet. Enter the code from your text message, or ask for a new one.');
    expect(describedByText(within(step).getByLabelText('Verification code'))).toBe('We sent a code to your phone by text message.');
    expect(within(step).getByRole('button', { name: 'Use a different phone number' })).toBeInTheDocument();
  });

  it('ForgotPasswordForm: the reset code is said to come by text message, and the way back names the phone number', async () => {
    const { national, phone } = newPhone();
    const kit = createAuthClient(phoneConfig());
    await kit.signUp({ username: phone, password: strongPassword });
    await kit.confirmSignUp({ username: phone, code: await emulator.codes.waitFor(phone) });
    page(phoneConfig, <ForgotPasswordForm />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    await user.type(screen.getByLabelText('Phone number'), national);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const stage = await screen.findByRole('form', { name: 'Choose a new password' });
    expect(within(stage).getByRole('status')).toHaveTextContent(/^We sent a code by text message to \+\S+\.$/);
    expect(within(stage).getByRole('button', { name: 'Use a different phone number' })).toBeInTheDocument();
  });
});

describe('where Cognito says the code went wins over the identifier', () => {
  it('a username pool whose code went by SMS (a kept step): the phone wording, with the masked number', async () => {
    const username = `ada${unique()}`;
    sessionStorage.setItem(key(usernamePool), JSON.stringify({ form: 'register', username, destination: '+*******1234', medium: 'SMS', at: Date.now() }));
    page(usernameConfig);
    const step = await screen.findByRole('form', { name: 'Confirm your phone number' });
    expect(describedByText(within(step).getByLabelText('Verification code'))).toBe('We sent a code by text message to +*******1234.');
    expect(within(step).getByLabelText('Username')).toHaveValue(username);
  });

  it('a phone pool whose code went by email (a kept step): the email wording', async () => {
    const { phone } = newPhone();
    sessionStorage.setItem(key(phonePool), JSON.stringify({ form: 'register', username: phone, destination: 'a***@e***', medium: 'EMAIL', at: Date.now() }));
    page(phoneConfig);
    const step = await screen.findByRole('form', { name: 'Confirm your email' });
    expect(describedByText(within(step).getByLabelText('Verification code'))).toBe('We sent a code to a***@e***.');
    expect(within(step).getByRole('button', { name: 'Use a different email' })).toBeInTheDocument();
  });
});

describe('an email pool: the texts are as before', () => {
  it('RegisterForm: "Confirm your email", "Use a different email", and after a reload "Email confirmed"', async () => {
    const { rendered, email } = await registerEmail();
    const step = screen.getByRole('form', { name: 'Confirm your email' });
    expect(describedByText(within(step).getByLabelText('Verification code'))).toMatch(/^We sent a code to \S+@\S+\.$/);
    expect(within(step).getByRole('button', { name: 'Use a different email' })).toBeInTheDocument();
    await userEvent.setup().click(within(step).getByRole('button', { name: 'Confirm' }));
    expect(describedByText(within(step).getByLabelText('Verification code'))).toContain('Enter the code from your email.');
    reload(rendered);
    page(emailConfig);
    const confirmed = await confirmAfterReload('Confirm your email', email);
    expect(within(confirmed).getByRole('status')).toHaveTextContent('Your email is confirmed. Enter your password to sign in.');
  });
});
