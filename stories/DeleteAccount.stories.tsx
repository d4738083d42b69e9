import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DeleteAccount, SignOutEverywhere } from '../src/index.js';
import { failWith, hang } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';

const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ user: { email: demo.email }, showSession: true, ...auth });

const meta = {
  title: 'Account/DeleteAccount',
  component: DeleteAccount,
  tags: ['autodocs'],
  args: { onDeleted: fn() },
  parameters: signedIn(),
} satisfies Meta<typeof DeleteAccount>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Start: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Delete account…' })).toBeEnabled();
  },
};

export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete account…' }));
    await waitFor(() => expect(canvas.getByLabelText('Type DELETE to confirm')).toHaveFocus());
  },
};

export const WrongWord: Story = {
  play: async (context) => {
    await Confirm.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('Type DELETE to confirm'), 'delete');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    const input = canvas.getByLabelText('Type DELETE to confirm');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await expect(input).toHaveAccessibleDescription('Type DELETE exactly to confirm.');
    await expect(context.args.onDeleted).not.toHaveBeenCalled();
  },
};

export const Deleting: Story = {
  parameters: signedIn({ scripts: { deleteUser: hang() } }),
  play: async (context) => {
    await Confirm.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Deleting…' })).toBeDisabled());
  },
};

export const Deleted: Story = {
  play: async (context) => {
    await Confirm.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(context.args.onDeleted).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(canvas.getByTestId('session-readout')).toHaveTextContent(/signedOut/));
  },
};

export const Refused: Story = {
  parameters: signedIn({ scripts: { deleteUser: failWith('network') } }),
  play: async (context) => {
    await Confirm.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await expectAlert(context.canvasElement, 'Cannot reach the sign-in service');
    await expect(context.args.onDeleted).not.toHaveBeenCalled();
  },
};

/** SignOutEverywhere, the section before it on the account page. */
export const SignOutEverywhereFailed: StoryObj<typeof SignOutEverywhere> = {
  render: () => <SignOutEverywhere />,
  parameters: signedIn({ scripts: { globalSignOut: failWith('network') } }),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign out everywhere' }));
    await expectAlert(canvasElement, 'Cannot reach the sign-in service');
  },
};
