import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LoginForm } from '../src/index.js';
import { failWith, hang, resolveWith } from '../src/testing/index.js';
import { mockAuth } from './support/mock-auth.js';
import { demo, enterCode, expectAlert, fillSignIn } from './support/play.js';
import { ptBR } from './support/pt-BR.js';

const meta = {
  title: 'Forms/LoginForm',
  component: LoginForm,
  tags: ['autodocs'],
  args: {
    onSignedIn: fn(),
    onNextStep: fn(),
    onRegisterClick: fn(),
    onForgotPasswordClick: fn(),
  },
  parameters: {
    ...mockAuth({ showSession: true }),
    docs: {
      description: {
        component:
          'Email + password sign-in (SRP: the password never leaves the browser). Unconfirmed accounts land on the code step. Every story runs against the mock Cognito of `react-cognito-kit/testing`.',
      },
    },
  },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a signed-out user sees first: empty fields, no error, both links. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    const email = canvas.getByLabelText('Email');
    await expect(email).toHaveValue('');
    await expect(email).toHaveAttribute('autocomplete', 'username');
    await expect(email).not.toHaveAttribute('aria-invalid');
    const password = canvas.getByLabelText('Password');
    await expect(password).toHaveValue('');
    await expect(password).toHaveAttribute('type', 'password');
    await expect(password).toHaveAttribute('autocomplete', 'current-password');
    await expect(password).not.toHaveAttribute('aria-invalid');
    // The alert region is there for screen readers, with nothing in it (hidden while empty).
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await expect(canvas.getByRole('link', { name: 'Forgot your password?' })).toBeEnabled();
    await expect(canvas.getByRole('link', { name: 'Create an account' })).toBeEnabled();
  },
};

export const WithoutLinks: Story = {
  args: { onRegisterClick: undefined, onForgotPasswordClick: undefined },
};

export const Filled: Story = {
  args: { defaultEmail: demo.email },
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { password: demo.password });
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
    // The password stays out of the DOM's attributes.
    await expect(canvas.getByLabelText('Password')).not.toHaveAttribute('value');
  },
};

export const PasswordRevealed: Story = {
  ...Filled,
  play: async (context) => {
    await Filled.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show password' }));
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('button', { name: 'Show password' })).toHaveAttribute('aria-pressed', 'true');
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const email = canvas.getByLabelText('Email');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Enter your email address.');
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    await waitFor(() => expect(email).toHaveFocus());
  },
};

export const InvalidEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { email: 'ada@example', password: demo.password, submit: true });
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address, like name@example.com.');
  },
};

export const Submitting: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: hang() } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    const button = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

let signIns = 0;

/** Three clicks in one task (a script, a bouncing mouse): one sign-in, signed in once. */
export const ClickedThreeTimes: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: {
      signIn: () => {
        signIns += 1;
        return resolveWith(undefined);
      },
    },
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = await fillSignIn(canvasElement, demo);
    signIns = 0;
    const button = canvas.getByRole('button', { name: 'Sign in' });
    button.click();
    button.click();
    button.click();
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(signIns).toBe(1);
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

/** Submits the demo credentials and expects this alert. */
const failsWith = (message: string): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expectAlert(canvasElement, message);
    // What the user typed stays, ready for another try.
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  };

export const WrongPassword: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('invalidCredentials') } }),
  play: failsWith('Incorrect email or password.'),
};

export const TooManyAttempts: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('NotAuthorizedException', { message: 'Password attempts exceeded' }) } }),
  play: failsWith('Too many attempts. Wait a few minutes and try again.'),
};

export const LimitExceeded: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('limitExceeded') } }),
  play: failsWith('Too many attempts. Wait a few minutes and try again.'),
};

export const NetworkDown: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('network') } }),
  play: failsWith('Cannot reach the sign-in service. Check your connection and try again.'),
};

export const ServiceUnavailable: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('serviceUnavailable') } }),
  play: failsWith('The sign-in service is not available right now. Try again in a moment.'),
};

/** Next step: an unconfirmed account lands on the code step, with "Send a new code". */
export const UserNotConfirmed: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('userNotConfirmed') } }),
  play: async ({ canvasElement, args }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Confirm your email' })).toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent('Your account is not confirmed yet.');
    await expect(canvas.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
    await expect(args.onNextStep).toHaveBeenCalledWith(expect.objectContaining({ step: 'confirmSignUp' }));
  },
};

/**
 * The page was reloaded on that code step: the form comes back to it with the email (kept in sessionStorage,
 * never the password). Confirming then asks for the password once, to sign in.
 */
export const UnconfirmedAfterReload: Story = {
  parameters: mockAuth({ showSession: true, pendingStep: { form: 'signIn', username: demo.email } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Confirm your email' })).toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent('Your account is not confirmed yet.');
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
    await enterCode(canvasElement, '123456');
    await expect(await canvas.findByRole('heading', { name: 'Email confirmed' })).toBeInTheDocument();
    await userEvent.type(canvas.getByLabelText('Password'), demo.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

/** The code step's way back: the sign-in form again, for another account. */
export const UnconfirmedUseADifferentEmail: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('userNotConfirmed') } }),
  play: async (context) => {
    await UserNotConfirmed.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different email' }));
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
  },
};

/** Interaction: sign in → not confirmed → a wrong code → the right one → signed in. */
export const SignInThenConfirm: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: {
      signIn: [failWith('userNotConfirmed'), resolveWith(undefined)],
      confirmSignUp: (_username, code) => (code === '123456' ? resolveWith(undefined) : failWith('codeMismatch')),
    },
  }),
  play: async (context) => {
    await UserNotConfirmed.play!(context);
    const { canvasElement, args } = context;
    const canvas = await enterCode(canvasElement, '000000');
    await expectAlert(canvasElement, 'That code is not right.');
    await expect(canvas.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
    await enterCode(canvasElement, '123 456');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

/** Next step: Cognito wants a new password (an admin-created account), plus a required attribute. */
export const NewPasswordRequired: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: { signIn: resolveWith({ step: 'newPasswordRequired', requiredAttributes: ['name'], userAttributes: { email: demo.email } }) },
  }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('Confirm password')).toBeInTheDocument();
    await expect(canvas.getByLabelText('Full name')).toBeInTheDocument();
  },
};

export const NewPasswordValidation: Story = {
  ...NewPasswordRequired,
  play: async (context) => {
    await NewPasswordRequired.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('New password'), 'New-horse-2');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'New-horse-3');
    await userEvent.click(canvas.getByRole('button', { name: 'Set password and sign in' }));
    await expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription('The passwords do not match.');
    await expect(canvas.getByLabelText('Full name')).toHaveAccessibleDescription('Enter your full name.');
  },
};

/** Interaction: temporary password → new password + name → signed in. */
export const NewPasswordThenSignedIn: Story = {
  ...NewPasswordRequired,
  play: async (context) => {
    await NewPasswordRequired.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('New password'), 'New-horse-2');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'New-horse-2');
    await userEvent.type(canvas.getByLabelText('Full name'), 'Ada Lovelace');
    await userEvent.click(canvas.getByRole('button', { name: 'Set password and sign in' }));
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
  },
};

/** Next step: a code sent by SMS. */
export const SmsCode: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: { signIn: resolveWith({ step: 'smsMfa', delivery: { destination: '+*******4567', medium: 'SMS' } }) },
  }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Two-step verification' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription('Enter the code we texted to +*******4567.');
  },
};

/** Next step: a code from an authenticator app (TOTP). */
export const TotpCode: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith({ step: 'totpMfa' }) } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    const code = await canvas.findByLabelText('Verification code');
    await expect(code).toHaveAccessibleDescription('Enter the 6-digit code from your authenticator app.');
    await waitFor(() => expect(code).toHaveFocus());
  },
};

export const MfaCodeRequired: Story = {
  ...TotpCode,
  play: async (context) => {
    await TotpCode.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(canvas.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const MfaCodeMismatch: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith({ step: 'totpMfa' }), answerChallenge: failWith('codeMismatch') } }),
  play: async (context) => {
    await TotpCode.play!(context);
    await enterCode(context.canvasElement, '000000', 'Verify');
    await expectAlert(context.canvasElement, 'That code is not right.');
  },
};

export const Verifying: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith({ step: 'totpMfa' }), answerChallenge: hang() } }),
  play: async (context) => {
    await TotpCode.play!(context);
    const canvas = await enterCode(context.canvasElement, '123456', 'Verify');
    await expect(await canvas.findByRole('button', { name: 'Verifying…' })).toBeDisabled();
  },
};

/** Next step: the user chooses how to get the code. */
export const SelectMfa: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: {
      signIn: resolveWith({ step: 'selectMfa', options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] }),
      answerChallenge: (answer) =>
        answer.kind === 'selectMfa' && answer.mfa === 'SOFTWARE_TOKEN_MFA' ? resolveWith({ step: 'totpMfa' }) : resolveWith({ step: 'smsMfa' }),
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    const group = await canvas.findByRole('group', { name: 'How do you want to get your code?' });
    await expect(within(group).getByRole('radio', { name: 'Text message' })).toBeChecked();
    await expect(within(group).getByRole('radio', { name: 'Authenticator app' })).not.toBeChecked();
  },
};

/** Interaction: sign in → TOTP code: a wrong one (Cognito ends the challenge; the form signs in again) → the right one. */
export const SignInWithMfa: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: {
      signIn: resolveWith({ step: 'totpMfa' }),
      answerChallenge: (answer) => (answer.kind === 'mfaCode' && answer.code === '123456' ? resolveWith(undefined) : failWith('codeMismatch')),
    },
  }),
  play: async (context) => {
    await TotpCode.play!(context);
    const { canvasElement, args } = context;
    const canvas = await enterCode(canvasElement, '111111', 'Verify');
    await expectAlert(canvasElement, 'That code is not right.');
    await enterCode(canvasElement, '123 456', 'Verify');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

/** Interaction: sign in → choose the authenticator app → its code → signed in. */
export const SignInChoosingMfa: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: {
      signIn: resolveWith({ step: 'selectMfa', options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] }),
      answerChallenge: (answer) =>
        answer.kind === 'selectMfa' ? resolveWith({ step: answer.mfa === 'SMS_MFA' ? 'smsMfa' : 'totpMfa' }) : resolveWith(undefined),
    },
  }),
  play: async (context) => {
    await SelectMfa.play!(context);
    const { canvasElement, args } = context;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Authenticator app' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByLabelText('Verification code')).toHaveAccessibleDescription(
      'Enter the 6-digit code from your authenticator app.',
    );
    await enterCode(canvasElement, '123456', 'Verify');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
  },
};

/** Next step: Cognito demands a password reset; the form continues with the reset flow. */
export const PasswordResetRequired: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('passwordResetRequired') } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    await expect(canvas.getByText('You need to choose a new password before you can sign in. We will email you a code.')).toBeInTheDocument();
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
  },
};

/** Success: the session exists and `onSignedIn` runs (apps navigate away here). */
export const SignedIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(args.onNextStep).toHaveBeenCalledWith(expect.objectContaining({ step: 'done' }));
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

/** Every string through the `messages` prop: Brazilian Portuguese. */
export const Portuguese: Story = {
  args: { messages: ptBR },
  parameters: mockAuth({ showSession: true, scripts: { signIn: failWith('invalidCredentials') } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Entrar' }));
    await expect(canvas.getByLabelText('E-mail')).toHaveAccessibleDescription('Digite o seu e-mail.');
    await userEvent.type(canvas.getByLabelText('E-mail'), demo.email);
    await userEvent.type(canvas.getByLabelText('Senha'), demo.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Entrar' }));
    await expectAlert(canvasElement, 'E-mail ou senha incorretos.');
  },
};

/** With `rememberDevice: 'ask'`: the MFA step offers "Remember this device"; the answer goes with the code. */
export const RememberThisDevice: Story = {
  parameters: mockAuth({
    showSession: true,
    config: { rememberDevice: 'ask' },
    scripts: { signIn: resolveWith({ step: 'smsMfa', delivery: { destination: '+*******4567', medium: 'SMS' } }) },
  }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    const box = await canvas.findByRole('checkbox', { name: 'Remember this device (no code needed here next time)' });
    await expect(box).not.toBeChecked();
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await userEvent.type(canvas.getByLabelText('Verification code'), '123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn'));
  },
};
