import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Authenticator, useSession } from '../src/index.js';
import { failWith, resolveWith } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, enterCode, fillRegister, fillSignIn } from './support/play.js';

function Welcome() {
  const { user } = useSession();
  return <p>Signed in as {user?.email}</p>;
}

const signedOut = (auth: MockAuthParameters = {}) => mockAuth(auth);

const meta = {
  title: 'Forms/Authenticator',
  component: Authenticator,
  tags: ['autodocs'],
  args: { children: <Welcome /> },
  parameters: {
    ...signedOut(),
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The whole sign-in experience as one element: a card that switches between sign-in, create account and forgot password (each with its code step), without a router; `children` once signed in.',
      },
    },
  },
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Create an account' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Forgot your password?' })).toBeInTheDocument();
  },
};

export const SignedIn: Story = {
  play: async ({ canvasElement }) => {
    await fillSignIn(canvasElement, { email: demo.email, password: demo.password, submit: true });
    await expect(await within(canvasElement).findByText(`Signed in as ${demo.email}`)).toBeInTheDocument();
  },
};

/** "Create an account": the card switches in place and focus moves to its first field. */
export const CreateAccount: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: 'Create an account' }));
    await expect(await canvas.findByRole('form', { name: 'Create an account' })).toBeInTheDocument();
    await waitFor(() => expect(canvas.getByLabelText('Email')).toHaveFocus());
    await expect(canvas.getByRole('link', { name: 'I already have an account' })).toBeInTheDocument();
  },
};

/**
 * `passwordless` (pools with choice-based sign-in, `authFlow: 'USER_AUTH'`): "Create an account" asks for the email
 * alone; the emailed code confirms the account and signs the new user in.
 */
export const CreateAccountPasswordless: Story = {
  args: { passwordless: true },
  // ConfirmSignUp hands back a session, as Cognito does for a sign-up under USER_AUTH.
  parameters: signedOut({ config: { authFlow: 'USER_AUTH' }, scripts: { confirmSignUp: resolveWith('scripted-confirm-session') } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: 'Create an account' }));
    const form = await canvas.findByRole('form', { name: 'Create an account' });
    await expect(within(form).queryByLabelText('Password')).not.toBeInTheDocument();
    await expect(within(form).queryByLabelText('Confirm password')).not.toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText('Email'), demo.email);
    await userEvent.click(within(form).getByRole('button', { name: 'Create account' }));
    await enterCode(canvasElement, '123456');
    await expect(await canvas.findByText(/^Signed in as /)).toBeInTheDocument();
  },
};

export const ConfirmCode: Story = {
  play: async (context) => {
    await CreateAccount.play!(context);
    await fillRegister(context.canvasElement, { email: 'new@example.com', password: demo.password, submit: true });
    await expect(await within(context.canvasElement).findByLabelText('Verification code')).toBeInTheDocument();
  },
};

/** A wrong code is said once, under the field; the alert region stays out of sight (still announced). */
export const WrongCode: Story = {
  parameters: signedOut({ scripts: { confirmSignUp: failWith('codeMismatch') } }),
  play: async (context) => {
    await ConfirmCode.play!(context);
    const canvas = await enterCode(context.canvasElement, '000000');
    const code = canvas.getByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await expect(code).toHaveAccessibleDescription(/That code is not right/);
  },
};

export const ForgotPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: 'Forgot your password?' }));
    await expect(await canvas.findByRole('form', { name: 'Reset your password' }, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('link', { name: 'Back to sign in' }));
    await expect(await canvas.findByRole('form', { name: 'Sign in' })).toBeInTheDocument();
  },
};

/** `data-theme="dark"` on any ancestor (or the system's dark mode) turns the card dark. */
export const Dark: Story = {
  decorators: [(Story) => <div data-theme="dark" style={{ background: '#0b0f17', padding: '1px 0' }}><Story /></div>],
  play: SignIn.play,
};
