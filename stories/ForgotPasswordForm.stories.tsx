import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ForgotPasswordForm } from '../src/index.js';
import { failWith, hang, resolveWith } from '../src/testing/index.js';
import { mockAuth } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';
import { ptBR } from './support/pt-BR.js';

const meta = {
  title: 'Forms/ForgotPasswordForm',
  component: ForgotPasswordForm,
  tags: ['autodocs'],
  args: { onReset: fn(), onSignedIn: fn(), onBackToSignIn: fn(), onNextStep: fn() },
  parameters: {
    ...mockAuth({ showSession: true }),
    docs: {
      description: {
        component:
          'Two steps: the email (a code is sent), then the code with a new password; by default the user is signed in with it. LoginForm shows this form when Cognito demands a reset.',
      },
    },
  },
} satisfies Meta<typeof ForgotPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first step: only the email, no error, the way back to sign-in. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    await expect(canvas.getByText('Enter your email and we will send you a code to reset your password.')).toBeInTheDocument();
    const email = canvas.getByLabelText('Email');
    await expect(email).toHaveValue('');
    await expect(email).toHaveAttribute('autocomplete', 'username');
    await expect(email).not.toHaveAttribute('aria-invalid');
    // The code and the new password come in the second step.
    await expect(canvas.queryByLabelText('Verification code')).not.toBeInTheDocument();
    await expect(canvas.queryByLabelText('New password')).not.toBeInTheDocument();
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    await expect(canvas.getByRole('button', { name: 'Send code' })).toBeEnabled();
    await expect(canvas.getByRole('link', { name: 'Back to sign in' })).toBeEnabled();
  },
};

export const EmailRequired: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    await waitFor(() => expect(canvas.getByLabelText('Email')).toHaveFocus());
  },
};

/** Fills the email and asks for a code. */
const requestCode: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Email'), demo.email);
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
};

export const SendingCode: Story = {
  parameters: mockAuth({ showSession: true, scripts: { forgotPassword: hang() } }),
  play: async (context) => {
    await requestCode(context);
    await expect(await within(context.canvasElement).findByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

export const LimitExceeded: Story = {
  parameters: mockAuth({ showSession: true, scripts: { forgotPassword: failWith('limitExceeded') } }),
  play: async (context) => {
    await requestCode(context);
    await expectAlert(context.canvasElement, 'Too many attempts. Wait a few minutes and try again.');
  },
};

export const NetworkDown: Story = {
  parameters: mockAuth({ showSession: true, scripts: { forgotPassword: failWith('network') } }),
  play: async (context) => {
    await requestCode(context);
    await expectAlert(context.canvasElement, 'Cannot reach the sign-in service.');
  },
};

/** Next step: the code was sent; choose a new password. */
export const CodeSent: Story = {
  play: async (context) => {
    await requestCode(context);
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    await expectAlert(context.canvasElement, 'We sent a code to a***@e***.', 'status');
    await expect(canvas.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
  },
};

/** The page was reloaded on the code stage: it comes back (the email and where the code went; never the code). */
export const CodeSentAfterReload: Story = {
  parameters: mockAuth({ showSession: true, pendingStep: { form: 'reset', username: demo.email, destination: 'a***@e***' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    await expectAlert(canvasElement, 'We sent a code to a***@e***.', 'status');
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different email' }));
    await expect(await canvas.findByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    await expect(sessionStorage.getItem('rck.mock.pendingStep')).toBeNull();
  },
};

export const ResetValidationErrors: Story = {
  play: async (context) => {
    await CodeSent.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription('Enter the code from your email.');
    await expect(canvas.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription('Enter your password again to confirm it.');
  },
};

/** Fills the reset step with a code and a matching new password, and submits. */
const submitReset = (code: string): Story['play'] =>
  async (context) => {
    await CodeSent.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('Verification code'), code);
    await userEvent.type(canvas.getByLabelText('New password'), 'New-horse-2');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'New-horse-2');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
  };

export const CodeMismatch: Story = {
  parameters: mockAuth({ showSession: true, scripts: { confirmForgotPassword: failWith('codeMismatch') } }),
  play: async (context) => {
    await submitReset('000000')!(context);
    await expectAlert(context.canvasElement, 'That code is not right.');
    await expect(within(context.canvasElement).getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const ExpiredCode: Story = {
  parameters: mockAuth({ showSession: true, scripts: { confirmForgotPassword: failWith('expiredCode') } }),
  play: async (context) => {
    await submitReset('123456')!(context);
    await expectAlert(context.canvasElement, 'That code has expired. Ask for a new one.');
  },
};

export const PasswordRejectedByPolicy: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: { confirmForgotPassword: failWith('InvalidPasswordException', { message: 'Password does not conform to policy: Password not long enough' }) },
  }),
  play: async (context) => {
    await submitReset('123456')!(context);
    await expectAlert(context.canvasElement, 'Password not long enough.');
  },
};

export const Resetting: Story = {
  parameters: mockAuth({ showSession: true, scripts: { confirmForgotPassword: hang() } }),
  play: async (context) => {
    await submitReset('123456')!(context);
    await expect(await within(context.canvasElement).findByRole('button', { name: 'Resetting…' })).toBeDisabled();
  },
};

export const NewCodeSent: Story = {
  play: async (context) => {
    await CodeSent.play!(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Send a new code' }));
    await expectAlert(context.canvasElement, 'A new code is on its way to a***@e***.', 'status');
  },
};

/** Interaction: email → code → new password → signed in with it. */
export const ResetAndSignIn: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: { confirmForgotPassword: (_username, code) => (code === '123456' ? resolveWith(undefined) : failWith('codeMismatch')) },
  }),
  play: async (context) => {
    await submitReset('123456')!(context);
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
    await expect(context.args.onReset).toHaveBeenCalledWith(demo.email);
    await expect(within(context.canvasElement).getByTestId('session-readout')).toHaveTextContent('Session: signedIn · ada@example.com');
  },
};

export const Portuguese: Story = {
  args: { messages: ptBR },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('E-mail'), demo.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Enviar código' }));
    await expect(await canvas.findByRole('heading', { name: 'Escolha uma nova senha' })).toBeInTheDocument();
    await expectAlert(canvasElement, 'Enviamos um código para a***@e***.', 'status');
  },
};
