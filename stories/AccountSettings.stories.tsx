import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AccountSettings, DeleteAccount, ProfileAttributes, SignOutEverywhere } from '../src/index.js';
import { failWith, hang } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';

const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ user: { email: demo.email, attributes: { name: 'Ada Lovelace' } }, showSession: true, ...auth });

const meta = {
  title: 'Account/AccountSettings',
  component: AccountSettings,
  tags: ['autodocs'],
  args: { onDeleted: fn() },
  parameters: {
    ...signedIn(),
    docs: {
      description: {
        component:
          'A whole account page in one element: profile (a changed email is confirmed with a code), password, two-step verification, a passkeys slot, devices, sign out everywhere and delete account (typed confirmation). Each part is exported on its own.',
      },
    },
  },
} satisfies Meta<typeof AccountSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Everything: Story = {
  args: { passkeys: <section className="rck-form" aria-label="Passkeys"><h2 className="rck-title">Passkeys</h2><p>Your PasskeyManager goes here.</p></section> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
    await expect(await canvas.findByLabelText('Name')).toHaveValue('Ada Lovelace');
    for (const name of ['Profile', 'Change password', 'Two-step verification', 'Passkeys', 'Your devices', 'Sign out everywhere', 'Delete account']) {
      await expect(canvas.getByRole('heading', { name })).toBeInTheDocument();
    }
  },
};

export const Trimmed: Story = {
  args: { hide: ['devices', 'mfa'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('heading', { name: 'Your devices' })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Two-step verification' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('heading', { name: 'Delete account' })).toBeInTheDocument();
  },
};
