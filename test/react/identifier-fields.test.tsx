import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { createMemoryStorage } from '../../src/core/storage';
import { ForgotPasswordForm } from '../../src/react/components/ForgotPasswordForm';
import { LoginForm } from '../../src/react/components/LoginForm';
import { RegisterForm } from '../../src/react/components/RegisterForm';
import type { SignUpField } from '../../src/react/fields/sign-up-field';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { describedByText, renderWithBadge } from './render-with-kit';

// LoginForm and RegisterForm for pools that do not sign in by email alone, against the emulator (one for the file):
// a phone-number pool, and a username pool with email and preferred-username aliases and a custom attribute.

let emulator: CognitoEmulator;
let phonePool: EmulatorPool;
let aliasPool: EmulatorPool;
let counter = 0;
beforeAll(async () => {
  emulator = await startCognitoEmulator();
  phonePool = await emulator.createPool({ usernameAttributes: ['phone_number'] });
  aliasPool = await emulator.createPool({ aliasAttributes: ['email', 'preferred_username'], schema: [{ Name: 'plan', AttributeDataType: 'String' }] });
});
afterAll(() => emulator?.stop());

const unique = () => `${Date.now().toString().slice(-5)}${(counter++).toString().padStart(2, '0')}`;
const configOf = (pool: EmulatorPool, loginMechanisms: AuthConfig['loginMechanisms']): AuthConfig => ({
  userPoolId: pool.userPoolId,
  clientId: pool.clientId,
  endpoint: emulator.endpoint,
  storage: createMemoryStorage(),
  authFlow: 'USER_PASSWORD_AUTH',
  loginMechanisms,
});

async function confirmedPhoneUser(national: string): Promise<string> {
  const phone = `+44${national.replace(/^0/, '')}`;
  const kit = createAuthClient(configOf(phonePool, ['phone_number']));
  await kit.signUp({ username: phone, password: strongPassword });
  await kit.confirmSignUp({ username: phone, code: await emulator.codes.waitFor(phone) });
  return phone;
}

describe('LoginForm with loginMechanisms', () => {
  it('phone_number: a dial-code select and the national number sign in as E.164', async () => {
    const national = `07700${unique().slice(-6)}`;
    await confirmedPhoneUser(national);
    renderWithBadge(<LoginForm />, { config: configOf(phonePool, ['phone_number']) });
    const user = userEvent.setup();
    const country = await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 });
    await user.selectOptions(country, 'GB');
    const number = screen.getByLabelText('Phone number');
    expect(number).toHaveAttribute('type', 'tel');
    expect(number).toHaveAttribute('autocomplete', 'username');
    await user.type(number, national.replace(/^(\d{5})/, '$1 '));
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('signedIn'));
  });

  it('phone_number: a number too short for the country is refused on the field, before any request', async () => {
    renderWithBadge(<LoginForm />, { config: configOf(phonePool, ['phone_number']) });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    const number = screen.getByLabelText('Phone number');
    await user.type(number, '0770');
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(number).toHaveFocus());
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(number)).toBe('Enter a valid phone number for the country chosen.');
    expect(number).toHaveValue('0770');
  });

  it('username + aliases: one field, labelled for all, signs in by the email alias and by the preferred username', async () => {
    const id = unique();
    const email = `form.alias.${id}@example.com`;
    const kit = createAuthClient(configOf(aliasPool, ['username']));
    await kit.signUp({ username: `ada${id}`, email, password: strongPassword, attributes: { preferred_username: `lovelace${id}` } });
    await kit.confirmSignUp({ username: `ada${id}`, code: await emulator.codes.waitFor(email) });
    for (const identifier of [email, `lovelace${id}`]) {
      const { unmount } = renderWithBadge(<LoginForm />, { config: configOf(aliasPool, ['username', 'email', 'preferred_username']) });
      const user = userEvent.setup();
      const field = await screen.findByLabelText('Username or email');
      expect(field).toHaveAttribute('autocomplete', 'username');
      await user.type(field, identifier);
      await user.type(screen.getByLabelText('Password'), strongPassword);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('signedIn'));
      unmount();
    }
  });
});

describe('ForgotPasswordForm with loginMechanisms', () => {
  it('phone_number: asks for the number with its dial code, and the code goes to it by text message', async () => {
    const national = `07700${unique().slice(-6)}`;
    const phone = await confirmedPhoneUser(national);
    renderWithBadge(<ForgotPasswordForm />, { config: configOf(phonePool, ['phone_number']) });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    await user.type(screen.getByLabelText('Phone number'), national);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    expect(await emulator.codes.waitFor(phone)).toMatch(/^\d{6}$/);
  });
});

const fields: SignUpField[] = [
  { name: 'given_name', required: true },
  { name: 'custom:plan', kind: 'select', label: 'Plan', options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }], required: true },
  { name: 'birthdate', hint: 'You must be 16 or older.', validate: (value) => (value && value > '2010-01-01' ? 'You must be 16 or older.' : undefined) },
  { name: 'website' },
  { name: 'terms', kind: 'checkbox', label: 'I accept the terms', required: true, order: 10 },
];

describe('RegisterForm fields', () => {
  it('each field has its type and autofill; errors sit on their fields, focus goes to the first; nothing typed is lost', async () => {
    const signUps = () => emulator.requests.all().filter((r) => r.target === 'SignUp').length;
    const before = signUps();
    renderWithBadge(<RegisterForm fields={fields} />, { config: configOf(aliasPool, ['username', 'email']) });
    const user = userEvent.setup();
    const givenName = await screen.findByLabelText('First name');
    expect(givenName).toHaveAttribute('autocomplete', 'given-name');
    expect(screen.getByLabelText('Date of birth')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Date of birth')).toHaveAttribute('autocomplete', 'bday');
    expect(screen.getByLabelText('Website')).toHaveAttribute('type', 'url');
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Email')).toHaveAttribute('type', 'email');
    // order: the terms box (order 10) comes last.
    const labels = [...document.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels[labels.length - 1]).toBe('I accept the terms');

    await user.type(screen.getByLabelText('Username'), `reg${unique()}`);
    await user.type(screen.getByLabelText('Date of birth'), '2015-05-05');
    await user.type(screen.getByLabelText('Website'), 'example');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveFocus());
    expect(describedByText(email)).toBe('This field is required.');
    expect(describedByText(givenName)).toBe('This field is required.');
    expect(describedByText(screen.getByLabelText('Plan'))).toBe('This field is required.');
    expect(describedByText(screen.getByLabelText('Date of birth'))).toBe('You must be 16 or older. | You must be 16 or older.');
    expect(describedByText(screen.getByLabelText('Website'))).toBe('Enter a web address starting with https://.');
    expect(describedByText(screen.getByLabelText('I accept the terms'))).toBe('Tick this box to continue.');
    expect(screen.getByLabelText('I accept the terms')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Website')).toHaveValue('example');
    expect(signUps()).toBe(before);
  });

  it('signs up with the attributes (custom included, terms not sent), keeps them across the code step, and signs in', async () => {
    const id = unique();
    const email = `fields.${id}@example.com`;
    renderWithBadge(<RegisterForm fields={fields} />, { config: configOf(aliasPool, ['username', 'email']) });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), `reg${id}`);
    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.type(screen.getByLabelText('Confirm password'), strongPassword);
    await user.type(screen.getByLabelText('First name'), 'Ada');
    await user.selectOptions(screen.getByLabelText('Plan'), 'pro');
    await user.click(screen.getByLabelText('I accept the terms'));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Verification code');
    // Confirmed and read back by a client of its own: the attributes as Cognito stored them.
    const kit = createAuthClient(configOf(aliasPool, ['username']));
    await kit.confirmSignUp({ username: `reg${id}`, code: await emulator.codes.waitFor(email) });
    await kit.signIn({ username: `reg${id}`, password: strongPassword });
    const stored = await kit.getUserAttributes();
    expect(stored).toMatchObject({ email, given_name: 'Ada', 'custom:plan': 'pro' });
    expect(Object.keys(stored)).not.toContain('terms');
    expect(Object.keys(stored)).not.toContain('birthdate');
    // Back to the details: what was typed (never the password) is there again.
    await user.click(screen.getByRole('button', { name: 'Use a different email' }));
    expect(await screen.findByLabelText('First name')).toHaveValue('Ada');
    expect(screen.getByLabelText('Plan')).toHaveValue('pro');
    expect(screen.getByLabelText('I accept the terms')).toBeChecked();
    expect(screen.getByLabelText('Email')).toHaveValue(email);
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it("Cognito's refusal of an attribute lands on that field", async () => {
    renderWithBadge(<RegisterForm fields={[{ name: 'custom:team', label: 'Team' }]} />, { config: configOf(aliasPool, ['username', 'email']) });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), `team${unique()}`);
    await user.type(screen.getByLabelText('Email'), `team.${unique()}@example.com`);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.type(screen.getByLabelText('Confirm password'), strongPassword);
    await user.type(screen.getByLabelText('Team'), 'engines');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const team = screen.getByLabelText('Team');
    await waitFor(() => expect(team).toHaveFocus());
    expect(team).toHaveAttribute('aria-invalid', 'true');
    expect(within(team.closest('.rck-field') as HTMLElement).getByText('This value is not accepted.')).toBeInTheDocument();
    expect(team).toHaveValue('engines');
  });

  it('phone pool: the number is the username and is sent as E.164', async () => {
    renderWithBadge(<RegisterForm />, { config: configOf(phonePool, ['phone_number']) });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    const national = `07700${unique().slice(-6)}`;
    await user.type(screen.getByLabelText('Phone number'), national);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.type(screen.getByLabelText('Confirm password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Verification code');
    const phone = `+44${national.slice(1)}`;
    const kit = createAuthClient(configOf(phonePool, ['phone_number']));
    await kit.confirmSignUp({ username: phone, code: await emulator.codes.waitFor(phone) });
    const signedIn = await kit.signIn({ username: phone, password: strongPassword });
    expect(signedIn.step).toBe('done');
    expect(await kit.getUserAttributes()).toMatchObject({ phone_number: phone });
  });
});
