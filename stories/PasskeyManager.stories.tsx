import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PasskeyManager } from '../src/index.js';
import { failWith, hang, mockPasskey } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';

// The scripted transport stands in for the browser's navigator.credentials.create() when "Add a passkey" is pressed.
const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ user: { email: demo.email }, passkeys: [mockPasskey], ...auth });

const meta = {
  title: 'Account/PasskeyManager',
  component: PasskeyManager,
  tags: ['autodocs'],
  args: { onAdded: fn(), onDeleted: fn() },
  parameters: {
    ...signedIn(),
    docs: { description: { component: "The user's passkeys: name and date, Delete, and Add a passkey on this device (not offered without WebAuthn)." } },
  },
} satisfies Meta<typeof PasskeyManager>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  parameters: signedIn({ scripts: { listPasskeys: hang() } }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading your passkeys…')).toBeInTheDocument();
  },
};

export const List: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Chrome on Mac')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: signedIn({ passkeys: [] }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('You have no passkeys yet.')).toBeInTheDocument();
  },
};

export const Deleted: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete passkey Chrome on Mac' }));
    await expectAlert(canvasElement, 'Passkey Chrome on Mac deleted.', 'status');
    await expect(args.onDeleted).toHaveBeenCalled();
  },
};

export const LoadFailed: Story = {
  parameters: signedIn({ scripts: { listPasskeys: failWith('network') } }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};
