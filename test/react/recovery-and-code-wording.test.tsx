import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { createMemoryStorage } from '../../src/core/storage';
import { ForgotPasswordForm } from '../../src/react/components/ForgotPasswordForm';
import { LoginForm } from '../../src/react/components/LoginForm';
import { ProfileAttributes } from '../../src/react/components/ProfileAttributes';
import { passwordResetRequiredIntro } from '../../src/react/components/recovery-intro';
import { stepMessages } from '../../src/react/step-messages';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { describedByText, renderWithBadge } from './render-with-kit';

// The last email-only words in phone and username pools (#16): the reset's introduction asked every pool for an
// email, and an empty MFA code was asked for "from your email" whether it came by text or from an app.

let emulator: CognitoEmulator;
let phonePool: EmulatorPool;
let usernamePool: EmulatorPool;
let emailPool: EmulatorPool;
let counter = 0;
beforeAll(async () => {
  emulator = await startCognitoEmulator();
  phonePool = await emulator.createPool({ usernameAttributes: ['phone_number'] });
  usernamePool = await emulator.createPool({ aliasAttributes: ['email'] });
  emailPool = await emulator.createPool({ mfa: { configuration: 'OPTIONAL', email: true } });
});
afterAll(() => emulator?.stop());

const configOf = (pool: EmulatorPool, loginMechanisms?: AuthConfig['loginMechanisms']): AuthConfig => ({
  userPoolId: pool.userPoolId,
  clientId: pool.clientId,
  endpoint: emulator.endpoint,
  storage: createMemoryStorage(),
  authFlow: 'USER_PASSWORD_AUTH',
  loginMechanisms,
});
const unique = () => `${Date.now().toString(36)}${counter++}`;
const intro = async () => (await screen.findByRole('form', { name: 'Reset your password' })).querySelector('.rck-intro')?.textContent;

describe('ForgotPasswordForm asks for what the pool signs in with', () => {
  it('a phone pool: the phone number, and no promise of an email', async () => {
    renderWithBadge(<ForgotPasswordForm />, { config: configOf(phonePool, ['phone_number']) });
    expect(await intro()).toBe('Enter your phone number and we will send you a code to reset your password.');
    expect(await screen.findByLabelText('Phone number', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('a username pool: the username', async () => {
    renderWithBadge(<ForgotPasswordForm />, { config: configOf(usernamePool, ['username']) });
    expect(await intro()).toBe('Enter your username and we will send you a code to reset your password.');
  });

  it('several mechanisms: neutral words', async () => {
    renderWithBadge(<ForgotPasswordForm />, { config: configOf(usernamePool, ['username', 'email']) });
    expect(await intro()).toBe('Enter what you sign in with and we will send you a code to reset your password.');
  });

  it('an email pool: the words as before', async () => {
    renderWithBadge(<ForgotPasswordForm />, { config: configOf(emailPool) });
    expect(await intro()).toBe('Enter your email and we will send you a code to reset your password.');
  });

  it('a reset Cognito demands at sign-in promises an email only in an email pool', () => {
    expect(passwordResetRequiredIntro(stepMessages, ['email'])).toBe('You need to choose a new password before you can sign in. We will email you a code.');
    for (const mechanisms of [['phone_number'], ['username'], ['email', 'phone_number']] as const) {
      expect(passwordResetRequiredIntro(stepMessages, mechanisms)).toBe('You need to choose a new password before you can sign in. We will send you a code.');
    }
  });
});

describe('an empty MFA code is asked for where it comes from', () => {
  async function signInTo(config: AuthConfig, email: string) {
    renderWithBadge(<LoginForm />, { config });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const code = await screen.findByLabelText('Verification code', {}, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    return code;
  }
  const newUser = async (label: string) => {
    const email = `${label}.${unique()}@example.com`;
    await emulator.admin.signUpConfirmed(emailPool.userPoolId, emailPool.clientId, email, strongPassword);
    return email;
  };

  it('SMS MFA: the text message', async () => {
    const email = await newUser('sms');
    await emulator.admin.enableSmsMfa(emailPool.userPoolId, email, `+1555200${String(counter).padStart(4, '0')}`);
    const code = await signInTo(configOf(emailPool), email);
    expect(describedByText(code)).toContain('Enter the code from your text message.');
    expect(describedByText(code)).not.toContain('email');
  });

  it('TOTP MFA: the authenticator app', async () => {
    const email = await newUser('totp');
    const setup = createAuthClient(configOf(emailPool));
    await setup.signIn({ email, password: strongPassword });
    const { secret } = await setup.startTotpSetup();
    await setup.completeTotpSetup({ code: new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate() });
    await setup.setMfaPreference({ totp: 'preferred' });
    const code = await signInTo(configOf(emailPool), email);
    expect(describedByText(code)).toContain('Enter the code from your authenticator app.');
  });

  it('email MFA: the email, as before', async () => {
    const email = await newUser('email-mfa');
    const setup = createAuthClient(configOf(emailPool));
    await setup.signIn({ email, password: strongPassword });
    await setup.setMfaPreference({ email: 'preferred' });
    const code = await signInTo(configOf(emailPool), email);
    const step = screen.getByRole('form', { name: 'Two-step verification' });
    expect(within(step).getByLabelText('Verification code')).toBe(code);
    expect(describedByText(code)).toContain('Enter the code from your email.');
  });
});

describe('ProfileAttributes: an empty code is asked for where it went', () => {
  // Each pool verifies what it auto-verifies: the phone pool its numbers, the email pool its addresses.
  async function saveAndConfirmEmpty(attribute: 'phone_number' | 'email', label: string, value: string, title: string) {
    let client;
    if (attribute === 'phone_number') {
      const phone = `+1555300${String(counter++).padStart(4, '0')}`;
      client = createAuthClient(configOf(phonePool, ['phone_number']));
      await client.signUp({ username: phone, password: strongPassword });
      await client.confirmSignUp({ username: phone, code: await emulator.codes.waitFor(phone) });
      await client.signIn({ username: phone, password: strongPassword });
    } else {
      const email = `profile.${unique()}@example.com`;
      await emulator.admin.signUpConfirmed(emailPool.userPoolId, emailPool.clientId, email, strongPassword);
      client = createAuthClient(configOf(emailPool));
      await client.signIn({ email, password: strongPassword });
    }
    renderWithBadge(<ProfileAttributes attributes={[attribute]} />, { client });
    const user = userEvent.setup();
    const field = await screen.findByLabelText(label);
    await user.clear(field);
    await user.type(field, value);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const form = await screen.findByRole('form', { name: title });
    await user.click(within(form).getByRole('button', { name: 'Verify' }));
    return within(form).getByLabelText('Verification code');
  }

  it('a new phone number: the text message', async () => {
    const code = await saveAndConfirmEmpty('phone_number', 'Phone number', `+1555301${String(counter).padStart(4, '0')}`, 'Confirm your new phone number');
    expect(describedByText(code)).toContain('Enter the code from your text message.');
  });

  it('a new email: the email, as before', async () => {
    const code = await saveAndConfirmEmpty('email', 'Email', `changed.${unique()}@example.com`, 'Confirm your new email address');
    expect(describedByText(code)).toContain('Enter the code from your email.');
  });
});
