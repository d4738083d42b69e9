import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RegisterForm } from '../src/index.js';
import { failWith, hang, resolveWith } from '../src/testing/index.js';
import { mockAuth } from './support/mock-auth.js';
import { demo, enterCode, expectAlert, fillRegister } from './support/play.js';
import { ptBR } from './support/pt-BR.js';

const meta = {
  title: 'Forms/RegisterForm',
  component: RegisterForm,
  tags: ['autodocs'],
  args: {
    onRegistered: fn(),
    onSignedIn: fn(),
    onNextStep: fn(),
    onSignInClick: fn(),
  },
  parameters: {
    ...mockAuth({ showSession: true }),
    docs: {
      description: {
        component:
          'Sign-up with email + password, then the emailed code step ("Send a new code"), then an automatic sign-in. The mock Cognito sends codes to `a***@e***`.',
      },
    },
  },
} satisfies Meta<typeof RegisterForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty fields, the password policy, no error, the way to sign in instead. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Create an account' })).toBeInTheDocument();
    const fields = [
      ['Email', 'email', 'username'],
      ['Password', 'password', 'new-password'],
      ['Confirm password', 'password', 'new-password'],
    ] as const;
    for (const [label, type, autocomplete] of fields) {
      const input = canvas.getByLabelText(label);
      await expect(input).toHaveValue('');
      await expect(input).toHaveAttribute('type', type);
      await expect(input).toHaveAttribute('autocomplete', autocomplete);
      await expect(input).not.toHaveAttribute('aria-invalid');
    }
    // The password checklist comes with focus (see Filled).
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription('');
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    await expect(canvas.getByRole('button', { name: 'Create account' })).toBeEnabled();
    await expect(canvas.getByRole('link', { name: 'I already have an account' })).toBeEnabled();
  },
};

export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await fillRegister(canvasElement, demo);
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
    await waitFor(() =>
      expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringMatching(/^Your password needs: At least 8 characters: done/)),
    );
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
      'Enter your password.',
    );
    await expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription('Enter your password again to confirm it.');
    await waitFor(() => expect(canvas.getByLabelText('Email')).toHaveFocus());
  },
};

export const PasswordsDoNotMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await fillRegister(canvasElement, { ...demo, confirm: 'Correct-horse-2', submit: true });
    const confirm = canvas.getByLabelText('Confirm password');
    await expect(confirm).toHaveAccessibleDescription('The passwords do not match.');
    await waitFor(() => expect(confirm).toHaveFocus());
  },
};

export const Submitting: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signUp: hang() } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillRegister(canvasElement, { ...demo, submit: true });
    const button = await canvas.findByRole('button', { name: 'Creating account…' });
    await expect(button).toBeDisabled();
  },
};

/** An address with an invisible character (here a zero-width space) is refused before anything is sent. */
export const InvisibleCharacters: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fillRegister(canvasElement, { ...demo, email: 'ada\u200B@example.com', submit: true });
    const email = canvas.getByLabelText('Email');
    await expect(email).toHaveAccessibleDescription(
      'This contains invisible or control characters (often pasted by accident). Type it again by hand.',
    );
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(email).toHaveFocus());
    await expect(email).toHaveValue('ada\u200B@example.com');
    await expect(args.onNextStep).not.toHaveBeenCalled();
  },
};

let signUps = 0;

/** Three clicks in one task (a script, a bouncing mouse): one sign-up, then the code step, no "already exists". */
export const ClickedThreeTimes: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: {
      signUp: () => {
        signUps += 1;
        return resolveWith({ userSub: 'sub-ada', userConfirmed: false, delivery: { destination: 'a***@e***', medium: 'EMAIL' } });
      },
    },
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = await fillRegister(canvasElement, demo);
    signUps = 0;
    const button = canvas.getByRole('button', { name: 'Create account' });
    button.click();
    button.click();
    button.click();
    await expect(await canvas.findByRole('heading', { name: 'Confirm your email' })).toBeInTheDocument();
    await expect(signUps).toBe(1);
    await expect(args.onNextStep).toHaveBeenCalledOnce();
    await expect(canvas.queryByText(/already exists/)).not.toBeInTheDocument();
  },
};

export const EmailAlreadyUsed: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signUp: failWith('usernameExists') } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillRegister(canvasElement, { ...demo, submit: true });
    await expectAlert(canvasElement, 'An account with this email already exists. Sign in instead.');
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const PasswordRejectedByPolicy: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signUp: failWith('invalidPassword') } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillRegister(canvasElement, { ...demo, submit: true });
    await expectAlert(canvasElement, 'This password is not allowed: Password must have symbol characters.');
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveFocus());
  },
};

export const LimitExceeded: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signUp: failWith('limitExceeded') } }),
  play: async ({ canvasElement }) => {
    await fillRegister(canvasElement, { ...demo, submit: true });
    await expectAlert(canvasElement, 'Too many attempts. Wait a few minutes and try again.');
  },
};

export const NetworkDown: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signUp: failWith('network') } }),
  play: async ({ canvasElement }) => {
    await fillRegister(canvasElement, { ...demo, submit: true });
    await expectAlert(canvasElement, 'Cannot reach the sign-in service. Check your connection and try again.');
  },
};

/** Next step: the code step, telling where the code went. */
export const ConfirmCode: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fillRegister(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Confirm your email' })).toBeInTheDocument();
    const code = canvas.getByLabelText('Verification code');
    await expect(code).toHaveAccessibleDescription('We sent a code to a***@e***.');
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await waitFor(() => expect(code).toHaveFocus());
    await expect(args.onNextStep).toHaveBeenCalledWith(expect.objectContaining({ step: 'confirmSignUp' }));
  },
};

/** The code step's way back, for a typo in the email: the sign-up form again, and the kept step is gone. */
export const UseADifferentEmail: Story = {
  play: async (context) => {
    await ConfirmCode.play!(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different email' }));
    await expect(await canvas.findByRole('heading', { name: 'Create an account' })).toBeInTheDocument();
    // What the user typed comes back with the form, to fix the typo rather than type it all again.
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
    await expect(sessionStorage.getItem('rck.mock.pendingStep')).toBeNull();
  },
};

/**
 * The page was reloaded on the code step: the form comes back to it (the email and where the code went were kept
 * in sessionStorage, never the password). Once the code is confirmed, the password is asked for to sign in.
 */
export const CodeStepAfterReload: Story = {
  parameters: mockAuth({ showSession: true, pendingStep: { form: 'register', username: demo.email, destination: 'a***@e***' } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Confirm your email' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Email')).toHaveValue(demo.email);
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription('We sent a code to a***@e***.');
    await enterCode(canvasElement, '123456');
    await expect(await canvas.findByRole('heading', { name: 'Email confirmed' })).toBeInTheDocument();
    await expectAlert(canvasElement, 'Your email is confirmed. Enter your password to sign in.', 'status');
    const password = canvas.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    await expect(args.onRegistered).toHaveBeenCalledWith(demo.email);
    await userEvent.type(password, demo.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(args.onRegistered).toHaveBeenCalledOnce();
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

/**
 * `passwordless`, reloaded on the code step, in a choice-based pool (`authFlow: 'USER_AUTH'`): SignUp's session is
 * gone with the page, so the code confirms the account and the sign-in goes on the way the user picks (never a
 * password field).
 */
export const PasswordlessCodeStepAfterReload: Story = {
  args: { passwordless: true },
  parameters: mockAuth({
    showSession: true,
    config: { authFlow: 'USER_AUTH' },
    pendingStep: { form: 'register', username: demo.email, destination: 'a***@e***' },
    scripts: { signIn: resolveWith({ step: 'selectChallenge', options: ['EMAIL_OTP', 'WEB_AUTHN'] }) },
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Confirm your email' })).toBeInTheDocument();
    await enterCode(canvasElement, '123456');
    const ways = await canvas.findByRole('group', { name: 'Sign in with' });
    await expect(canvas.queryByLabelText('Password')).not.toBeInTheDocument();
    await expect(args.onRegistered).toHaveBeenCalledWith(demo.email);
    await userEvent.click(within(ways).getByLabelText('A code by email'));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await enterCode(canvasElement, '654321', 'Sign in');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(args.onRegistered).toHaveBeenCalledOnce();
  },
};

/** After a reload, a wrong password at the sign-in that follows the confirmation. */
export const WrongPasswordAfterReload: Story = {
  parameters: mockAuth({
    showSession: true,
    pendingStep: { form: 'register', username: demo.email, destination: 'a***@e***' },
    scripts: { signIn: failWith('invalidCredentials') },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await enterCode(canvasElement, '123456');
    await userEvent.type(await canvas.findByLabelText('Password'), 'Not-my-password-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expectAlert(canvasElement, 'Incorrect email or password.');
    await expect(canvas.getByLabelText('Password')).toHaveValue('Not-my-password-1');
  },
};

export const CodeRequired: Story = {
  play: async (context) => {
    await ConfirmCode.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription(
      'Enter the code from your email. We sent a code to a***@e***.',
    );
  },
};

export const CodeMismatch: Story = {
  parameters: mockAuth({ showSession: true, scripts: { confirmSignUp: failWith('codeMismatch') } }),
  play: async (context) => {
    await ConfirmCode.play!(context);
    const canvas = await enterCode(context.canvasElement, '000000');
    await expectAlert(context.canvasElement, 'That code is not right. Check the latest email and try again.');
    await expect(canvas.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const ExpiredCode: Story = {
  parameters: mockAuth({ showSession: true, scripts: { confirmSignUp: failWith('expiredCode') } }),
  play: async (context) => {
    await ConfirmCode.play!(context);
    await enterCode(context.canvasElement, '123456');
    await expectAlert(context.canvasElement, 'That code has expired. Ask for a new one.');
  },
};

export const NewCodeSent: Story = {
  play: async (context) => {
    await ConfirmCode.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new code' }));
    await expectAlert(context.canvasElement, 'A new code is on its way to a***@e***.', 'status');
  },
};

export const ResendLimitExceeded: Story = {
  parameters: mockAuth({ showSession: true, scripts: { resendCode: failWith('limitExceeded') } }),
  play: async (context) => {
    await ConfirmCode.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new code' }));
    await expectAlert(context.canvasElement, 'Too many attempts. Wait a few minutes and try again.');
  },
};

export const Confirming: Story = {
  parameters: mockAuth({ showSession: true, scripts: { confirmSignUp: hang() } }),
  play: async (context) => {
    await ConfirmCode.play!(context);
    const canvas = await enterCode(context.canvasElement, '123456');
    await expect(await canvas.findByRole('button', { name: 'Confirming…' })).toBeDisabled();
  },
};

/** Interaction: register → confirm → signed in, with one wrong code on the way. */
export const RegisterThenConfirm: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: { confirmSignUp: (_username, code) => (code === '123456' ? resolveWith(undefined) : failWith('codeMismatch')) },
  }),
  play: async (context) => {
    const { canvasElement, args } = context;
    await ConfirmCode.play!(context);
    await enterCode(canvasElement, '654321');
    await expectAlert(canvasElement, 'That code is not right.');
    const canvas = await enterCode(canvasElement, '123456');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(args.onRegistered).toHaveBeenCalledWith(demo.email);
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

/** A pool that confirms accounts by itself (pre sign-up trigger): straight to signed in. */
export const AutoConfirmedPool: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: { signUp: resolveWith({ userSub: 'auto', userConfirmed: true, delivery: undefined }) },
  }),
  play: async ({ canvasElement, args }) => {
    await fillRegister(canvasElement, { ...demo, submit: true });
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
    await expect(args.onRegistered).toHaveBeenCalledWith(demo.email);
  },
};

/** Every string through the `messages` prop: Brazilian Portuguese, down to the code step. */
export const Portuguese: Story = {
  args: { messages: ptBR },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('E-mail'), demo.email);
    await userEvent.type(canvas.getByLabelText('Senha'), demo.password);
    await userEvent.type(canvas.getByLabelText('Confirme a senha'), 'outra-senha');
    await userEvent.click(canvas.getByRole('button', { name: 'Criar conta' }));
    await expect(canvas.getByLabelText('Confirme a senha')).toHaveAccessibleDescription('As senhas não coincidem.');
    await userEvent.clear(canvas.getByLabelText('Confirme a senha'));
    await userEvent.type(canvas.getByLabelText('Confirme a senha'), demo.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Criar conta' }));
    await expect(await canvas.findByRole('heading', { name: 'Confirme o seu e-mail' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Código de verificação')).toHaveAccessibleDescription('Enviamos um código para a***@e***.');
  },
};

/**
 * `passwordless` (pools with choice-based sign-in, `authFlow: 'USER_AUTH'`): the email alone; after the code the new
 * user is signed in with ConfirmSignUp's session.
 */
export const Passwordless: Story = {
  args: { passwordless: true },
  // ConfirmSignUp hands back a session, as Cognito does for a sign-up under USER_AUTH.
  parameters: mockAuth({ showSession: true, config: { authFlow: 'USER_AUTH' }, scripts: { confirmSignUp: resolveWith('scripted-confirm-session') } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByLabelText('Password')).not.toBeInTheDocument();
    await expect(canvas.queryByLabelText('Confirm password')).not.toBeInTheDocument();
    await userEvent.type(canvas.getByLabelText('Email'), demo.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await enterCode(canvasElement, '123456');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce(), { timeout: 5000 });
  },
};
