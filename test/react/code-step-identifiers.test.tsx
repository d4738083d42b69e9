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
import { loadStepModules } from '../../src/react/components/load-step-modules';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { renderWithBadge } from './render-with-kit';

// The code steps of pools that do not sign in by email (#16): the step named the identifier "Email" whatever the
// pool signed in with, and a reload on it came back only when the kept username was an email address. Against the
// emulator (one for the file): a pool whose username is the phone number, and a username pool with an email alias.

let emulator: CognitoEmulator;
let phonePool: EmulatorPool;
let usernamePool: EmulatorPool;
let counter = 0;
beforeAll(async () => {
  emulator = await startCognitoEmulator();
  phonePool = await emulator.createPool({ usernameAttributes: ['phone_number'] });
  usernamePool = await emulator.createPool({ aliasAttributes: ['email'] });
});
afterAll(() => emulator?.stop());

const unique = () => `${Date.now().toString().slice(-5)}${(counter++).toString().padStart(2, '0')}`;
const phoneConfig = (): AuthConfig => configOf(phonePool, ['phone_number']);
const usernameConfig = (): AuthConfig => configOf(usernamePool, ['username', 'email']);
function configOf(pool: EmulatorPool, loginMechanisms: AuthConfig['loginMechanisms']): AuthConfig {
  return { userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), authFlow: 'USER_PASSWORD_AUTH', loginMechanisms };
}
const key = (pool: EmulatorPool) => `rck.${pool.clientId}.pendingStep`;
const kept = (pool: EmulatorPool) => JSON.parse(sessionStorage.getItem(key(pool)) ?? 'null') as Record<string, unknown> | null;

/** A page with both forms, each render a new client (as after a reload). */
const page = (config: () => AuthConfig, ui: ReactElement = <><LoginForm /><RegisterForm /></>) => renderWithBadge(ui, { client: createAuthClient(config()) });

/** A reload as code-step-reload.test.tsx does it: pagehide, the tree dropped, only sessionStorage left. */
function reload(rendered: RenderResult) {
  window.dispatchEvent(new Event('pagehide'));
  const left = { ...sessionStorage };
  rendered.unmount();
  for (const [name, value] of Object.entries(left)) sessionStorage.setItem(name, value);
}

async function registerPhone(): Promise<{ rendered: RenderResult; phone: string }> {
  const rendered = page(phoneConfig);
  const user = userEvent.setup();
  const register = screen.getByRole('form', { name: 'Create an account' });
  await user.selectOptions(await within(register).findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
  const national = `07700${unique().slice(-6)}`;
  await user.type(within(register).getByLabelText('Phone number'), national);
  await user.type(within(register).getByLabelText('Password'), strongPassword);
  await user.type(within(register).getByLabelText('Confirm password'), strongPassword);
  await user.click(within(register).getByRole('button', { name: 'Create account' }));
  await screen.findByLabelText('Verification code');
  return { rendered, phone: `+44${national.slice(1)}` };
}

async function registerUsername(): Promise<{ rendered: RenderResult; username: string; email: string }> {
  const rendered = page(usernameConfig);
  const user = userEvent.setup();
  const register = screen.getByRole('form', { name: 'Create an account' });
  const id = unique();
  await user.type(await within(register).findByLabelText('Username', {}, { timeout: 5000 }), `ada${id}`);
  await user.type(within(register).getByLabelText('Email'), `ada.${id}@example.com`);
  await user.type(within(register).getByLabelText('Password'), strongPassword);
  await user.type(within(register).getByLabelText('Confirm password'), strongPassword);
  await user.click(within(register).getByRole('button', { name: 'Create account' }));
  await screen.findByLabelText('Verification code');
  return { rendered, username: `ada${id}`, email: `ada.${id}@example.com` };
}

/**
 * The code step's read-only identifier, by the label it must have; the step has no field labelled "Email". The step
 * is named for where the code went (code-step-medium.test.tsx): a text message in the phone pool.
 */
function shownIdentifier(label: string, title = label === 'Username' ? 'Confirm your email' : 'Confirm your phone number'): HTMLElement {
  const step = screen.getByRole('form', { name: title });
  expect(within(step).queryByLabelText('Email')).toBeNull();
  const field = within(step).getByLabelText(label);
  expect(field).toHaveAttribute('readonly');
  return field;
}

describe('the code step names the identifier the pool signs in with', () => {
  it('phone pool: "Phone number", with the number as sent (E.164)', async () => {
    const { phone } = await registerPhone();
    const field = shownIdentifier('Phone number');
    expect(field).toHaveValue(phone);
    expect(field).toHaveAttribute('type', 'tel');
  });

  it('username pool: "Username", with the username (not the email the code went to)', async () => {
    const { username } = await registerUsername();
    expect(shownIdentifier('Username')).toHaveValue(username);
  });

  it("the app's own label wins (messages on the provider)", async () => {
    const user = userEvent.setup();
    renderWithBadge(<RegisterForm />, { client: createAuthClient(phoneConfig()), messages: { phoneLabel: 'Mobile' } });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    await user.type(screen.getByLabelText('Phone number'), `07700${unique().slice(-6)}`);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.type(screen.getByLabelText('Confirm password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Verification code');
    expect((shownIdentifier('Mobile') as HTMLInputElement).value).toMatch(/^\+447700\d{6}$/);
  });
});

describe('a reload on the code step of a pool that does not sign in by email', () => {
  it('phone pool: comes back with the number; the texted code confirms and the password signs in', async () => {
    const { rendered, phone } = await registerPhone();
    reload(rendered);
    expect(kept(phonePool)).toMatchObject({ form: 'register', username: phone });
    page(phoneConfig);
    expect(await screen.findByRole('form', { name: 'Confirm your phone number' })).toBeInTheDocument();
    expect(shownIdentifier('Phone number')).toHaveValue(phone);
    const user = userEvent.setup();
    const step = screen.getByRole('form', { name: 'Confirm your phone number' });
    await user.type(within(step).getByLabelText('Verification code'), await emulator.codes.waitFor(phone));
    await user.click(within(step).getByRole('button', { name: 'Confirm' }));
    const confirmed = await screen.findByRole('form', { name: 'Phone number confirmed' });
    await user.type(within(confirmed).getByLabelText('Password'), strongPassword);
    await user.click(within(confirmed).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('signedIn'));
  });

  it('username pool: comes back with the username; the emailed code confirms and the password signs in', async () => {
    const { rendered, username, email } = await registerUsername();
    reload(rendered);
    expect(kept(usernamePool)).toMatchObject({ form: 'register', username });
    page(usernameConfig);
    expect(await screen.findByRole('form', { name: 'Confirm your email' })).toBeInTheDocument();
    expect(shownIdentifier('Username')).toHaveValue(username);
    const user = userEvent.setup();
    const step = screen.getByRole('form', { name: 'Confirm your email' });
    await user.type(within(step).getByLabelText('Verification code'), await emulator.codes.waitFor(email));
    await user.click(within(step).getByRole('button', { name: 'Confirm' }));
    const confirmed = await screen.findByRole('form', { name: 'Email confirmed' });
    await user.type(within(confirmed).getByLabelText('Password'), strongPassword);
    await user.click(within(confirmed).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('signedIn: ' + email));
  });

  it('phone pool, ForgotPasswordForm: comes back to the code stage for the number', async () => {
    const national = `07700${unique().slice(-6)}`;
    const phone = `+44${national.slice(1)}`;
    const kit = createAuthClient(phoneConfig());
    await kit.signUp({ username: phone, password: strongPassword });
    await kit.confirmSignUp({ username: phone, code: await emulator.codes.waitFor(phone) });
    const forgot = <ForgotPasswordForm onBackToSignIn={() => undefined} />;
    const first = page(phoneConfig, forgot);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    await user.type(screen.getByLabelText('Phone number'), national);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('form', { name: 'Choose a new password' });
    reload(first);
    expect(kept(phonePool)).toMatchObject({ form: 'reset', username: phone });
    page(phoneConfig, forgot);
    const stage = await screen.findByRole('form', { name: 'Choose a new password' });
    expect(within(stage).getByRole('status')).toHaveTextContent(`We sent a code by text message to ${kept(phonePool)!.destination as string}.`);
  });

  it.each([
    ['phone pool, an email address', phoneConfig, () => phonePool, 'ada@example.com'],
    ['phone pool, a number with spaces', phoneConfig, () => phonePool, '+44 7700 900123'],
    ['phone pool, markup', phoneConfig, () => phonePool, '<img src=x onerror=alert(1)>'],
    ['username pool, markup with spaces', usernameConfig, () => usernamePool, '<img src=x onerror=alert(1)>'],
    ['username pool, an invisible character', usernameConfig, () => usernamePool, 'ada\u200B'],
    ['username pool, over 128 characters', usernameConfig, () => usernamePool, 'a'.repeat(129)],
  ])('ignores a kept username this pool could not have (%s)', async (_what, config, pool, username) => {
    sessionStorage.setItem(key(pool()), JSON.stringify({ form: 'register', username, destination: 'a***@e***', at: Date.now() }));
    page(config);
    await loadStepModules();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('form', { name: 'Create an account' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Verification code')).not.toBeInTheDocument();
  });
});
