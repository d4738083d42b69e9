import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ChangePasswordForm } from '../src/index.js';
import { failWith, hang } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';
import { ptBR } from './support/pt-BR.js';

/** The form is for a signed-in user: every story starts signed in. */
const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ showSession: true, user: { email: demo.email }, ...auth });

const meta = {
  title: 'Forms/ChangePasswordForm',
  component: ChangePasswordForm,
  tags: ['autodocs'],
  args: { onChanged: fn() },
  parameters: {
    ...signedIn(),
    docs: {
      description: {
        component: 'For a signed-in user: current password, new password, confirmation. The fields empty only on success.',
      },
    },
  },
} satisfies Meta<typeof ChangePasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three empty password fields, the policy under the new one, no message. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Change password' })).toBeInTheDocument();
    const fields = [
      ['Current password', 'current-password'],
      ['New password', 'new-password'],
      ['Confirm password', 'new-password'],
    ] as const;
    for (const [label, autocomplete] of fields) {
      const input = canvas.getByLabelText(label);
      await expect(input).toHaveValue('');
      await expect(input).toHaveAttribute('type', 'password');
      await expect(input).toHaveAttribute('autocomplete', autocomplete);
      await expect(input).not.toHaveAttribute('aria-invalid');
    }
    // The password checklist comes with focus (PasswordChecklist stories show it).
    await expect(canvas.getByLabelText('New password')).toHaveAccessibleDescription('');
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    await expect(canvas.getByRole('status', { hidden: true })).toBeEmptyDOMElement();
    await expect(canvas.getByRole('button', { name: 'Change password' })).toBeEnabled();
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    const current = canvas.getByLabelText('Current password');
    await expect(current).toHaveAccessibleDescription('Enter your password.');
    await expect(canvas.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(current).toHaveFocus());
  },
};

/** Fills the three fields and submits. */
const change = (current: string, next: string, confirm = next): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Current password'), current);
    await userEvent.type(canvas.getByLabelText('New password'), next);
    await userEvent.type(canvas.getByLabelText('Confirm password'), confirm);
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
  };

export const PasswordsDoNotMatch: Story = {
  play: async (context) => {
    await change(demo.password, 'New-horse-2', 'New-horse-3')!(context);
    await expect(within(context.canvasElement).getByLabelText('Confirm password')).toHaveAccessibleDescription('The passwords do not match.');
  },
};

export const SameAsCurrent: Story = {
  play: async (context) => {
    await change(demo.password, demo.password)!(context);
    await expectAlert(context.canvasElement, 'Choose a new password that differs from the current one.');
  },
};

export const Submitting: Story = {
  parameters: signedIn({ scripts: { changePassword: hang() } }),
  play: async (context) => {
    await change(demo.password, 'New-horse-2')!(context);
    await expect(await within(context.canvasElement).findByRole('button', { name: 'Changing…' })).toBeDisabled();
  },
};

export const WrongCurrentPassword: Story = {
  parameters: signedIn({ scripts: { changePassword: failWith('NotAuthorizedException', { message: 'Incorrect username or password.' }) } }),
  play: async (context) => {
    await change('Wrong-horse-1', 'New-horse-2')!(context);
    await expectAlert(context.canvasElement, 'Your current password is not right.');
    await waitFor(() => expect(within(context.canvasElement).getByLabelText('Current password')).toHaveFocus());
  },
};

export const PasswordRejectedByPolicy: Story = {
  parameters: signedIn({
    scripts: { changePassword: failWith('InvalidPasswordException', { message: 'Password did not conform with policy: Password must have uppercase characters' }) },
  }),
  play: async (context) => {
    await change(demo.password, 'new-horse-2')!(context);
    await expectAlert(context.canvasElement, 'Password must have uppercase characters.');
  },
};

export const LimitExceeded: Story = {
  parameters: signedIn({ scripts: { changePassword: failWith('limitExceeded') } }),
  play: async (context) => {
    await change(demo.password, 'New-horse-2')!(context);
    await expectAlert(context.canvasElement, 'Too many attempts. Wait a few minutes and try again.');
  },
};

export const NetworkDown: Story = {
  parameters: signedIn({ scripts: { changePassword: failWith('network') } }),
  play: async (context) => {
    await change(demo.password, 'New-horse-2')!(context);
    await expectAlert(context.canvasElement, 'Cannot reach the sign-in service.');
  },
};

/** Success: a notice, and the password fields are emptied. */
export const Changed: Story = {
  play: async (context) => {
    await change(demo.password, 'New-horse-2')!(context);
    await expectAlert(context.canvasElement, 'Your password was changed.', 'status');
    await expect(context.args.onChanged).toHaveBeenCalledOnce();
    await expect(within(context.canvasElement).getByLabelText('Current password')).toHaveValue('');
  },
};

export const Portuguese: Story = {
  args: { messages: ptBR },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Alterar senha' }));
    await expect(canvas.getByLabelText('Senha atual')).toHaveAccessibleDescription('Digite a sua senha.');
  },
};
