import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LoginForm } from '../src/index.js';
import { failWith, resolveWith } from '../src/testing/index.js';
import { mockAuth } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';
import { scriptedWebAuthn } from './support/scripted-webauthn.js';

// The scripted transport answers the passkey step itself, standing in for the browser's navigator.credentials.
const userAuth = (scripts: Parameters<typeof mockAuth>[0]['scripts']) => mockAuth({ showSession: true, config: { authFlow: 'USER_AUTH' }, scripts });

const meta = {
  title: 'Forms/LoginForm/Passwordless',
  component: LoginForm,
  tags: ['autodocs'],
  args: { onSignedIn: fn(), onNextStep: fn() },
  parameters: {
    ...userAuth({ signIn: resolveWith({ step: 'selectChallenge', options: ['PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] }) }),
    docs: {
      description: {
        component:
          "Choice-based sign-in (`authFlow: 'USER_AUTH'`): the email first, then the way Cognito offers this user: a passkey, a code by email or SMS, or the password. Every step can switch to another way without typing the email again.",
      },
    },
  },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const continueWithEmail = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Email'), demo.email);
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  return canvas;
};

/** The email alone with "Continue": no password field under USER_AUTH. */
export const EmailFirst: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Email')).toBeInTheDocument();
    await expect(canvas.queryByLabelText('Password')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  },
};

/** SELECT_CHALLENGE: the ways Cognito offers (one "password", SRP when offered). */
export const ChooseWay: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await continueWithEmail(canvasElement);
    await expect(await canvas.findByRole('group', { name: 'Sign in with' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('A code by email')).toBeInTheDocument();
  },
};

/** A sign-in code by email: where it went, a new one, the other ways. */
export const EmailCode: Story = {
  parameters: userAuth({ signIn: resolveWith({ step: 'emailOtp', delivery: { destination: 'a***@e***', medium: 'EMAIL' }, options: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] }) }),
  play: async ({ canvasElement }) => {
    const canvas = await continueWithEmail(canvasElement);
    await expect(await canvas.findByText(/We emailed a sign-in code to a\*\*\*@e\*\*\*/)).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Sign in with my password instead' })).toBeInTheDocument();
  },
};

/** A wrong sign-in code: the message on the code field. */
export const WrongCode: Story = {
  parameters: userAuth({
    signIn: resolveWith({ step: 'emailOtp', delivery: { destination: 'a***@e***', medium: 'EMAIL' }, options: ['EMAIL_OTP'] }),
    answerChallenge: failWith('codeMismatch'),
  }),
  play: async ({ canvasElement }) => {
    const canvas = await continueWithEmail(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Verification code'), '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expectAlert(canvasElement, 'That code is not right');
  },
};

/** A sign-in code by text message. */
export const SmsCode: Story = {
  parameters: userAuth({ signIn: resolveWith({ step: 'smsOtp', delivery: { destination: '+*******0100', medium: 'SMS' }, options: ['SMS_OTP', 'EMAIL_OTP'] }) }),
  play: async ({ canvasElement }) => {
    const canvas = await continueWithEmail(canvasElement);
    await expect(await canvas.findByText(/We texted a sign-in code to/)).toBeInTheDocument();
  },
};

/** WEB_AUTHN: one press asks the browser for the passkey (scripted here). */
export const Passkey: Story = {
  parameters: userAuth({ signIn: resolveWith({ step: 'passkey', options: ['WEB_AUTHN', 'EMAIL_OTP'] }) }),
  play: async ({ canvasElement, args }) => {
    const canvas = await continueWithEmail(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Use passkey' }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalled());
  },
};

/** The passkey was cancelled, or this device has none: said so, with the other ways below. */
export const PasskeyCancelled: Story = {
  parameters: userAuth({
    signIn: resolveWith({ step: 'passkey', options: ['WEB_AUTHN', 'EMAIL_OTP'] }),
    answerChallenge: failWith(
      Object.assign(new Error('The passkey was not used: cancelled, or this device has no passkey for this site. Try again or choose another way.'), {
        name: 'AuthError',
      }),
    ),
  }),
  play: async ({ canvasElement }) => {
    const canvas = await continueWithEmail(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Use passkey' }));
    await expect(await canvas.findByRole('button', { name: 'Sign in with a code by email instead' })).toBeInTheDocument();
  },
};

/** The password, chosen on the way: its own step, the email already known. */
export const PasswordStep: Story = {
  parameters: userAuth({ signIn: resolveWith({ step: 'password', options: ['PASSWORD', 'EMAIL_OTP'] }) }),
  play: async ({ canvasElement }) => {
    const canvas = await continueWithEmail(canvasElement);
    await expect(await canvas.findByLabelText('Password')).toBeInTheDocument();
  },
};

/**
 * `offerPasskey`: after a code sign-in, "Add a passkey for next time?" (the scripted transport makes the passkey);
 * onSignedIn comes once it is answered.
 */
export const OfferPasskey: Story = {
  args: { offerPasskey: true },
  beforeEach: scriptedWebAuthn,
  parameters: userAuth({ signIn: resolveWith({ step: 'emailOtp', delivery: { destination: 'a***@e***', medium: 'EMAIL' }, options: ['EMAIL_OTP'] }) }),
  play: async ({ canvasElement, args }) => {
    const canvas = await continueWithEmail(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Verification code', {}, { timeout: 5000 }), '123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('heading', { name: 'Add a passkey for next time?' }, { timeout: 5000 })).toBeInTheDocument();
    await expect(args.onSignedIn).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
  },
};

/** `offerPasskey`, answered "Not now": straight on to onSignedIn. */
export const OfferPasskeyNotNow: Story = {
  args: { offerPasskey: true },
  beforeEach: scriptedWebAuthn,
  parameters: userAuth({ signIn: resolveWith({ step: 'emailOtp', delivery: { destination: 'a***@e***', medium: 'EMAIL' }, options: ['EMAIL_OTP'] }) }),
  play: async ({ canvasElement, args }) => {
    const canvas = await continueWithEmail(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Verification code', {}, { timeout: 5000 }), '123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Not now' }, { timeout: 5000 }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
  },
};
