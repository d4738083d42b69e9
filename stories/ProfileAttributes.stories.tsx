import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ProfileAttributes } from '../src/index.js';
import { failWith, hang } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';

const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ user: { email: demo.email, attributes: { name: 'Ada Lovelace' } }, ...auth });

const meta = {
  title: 'Account/ProfileAttributes',
  component: ProfileAttributes,
  tags: ['autodocs'],
  parameters: signedIn(),
} satisfies Meta<typeof ProfileAttributes>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  parameters: signedIn({ scripts: { getUserAttributes: hang() } }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading your profile…');
  },
};

export const LoadFailed: Story = {
  parameters: signedIn({ scripts: { getUserAttributes: failWith('network') } }),
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, 'Cannot reach the sign-in service');
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await canvas.findByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Ada King');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Your profile is saved.'));
  },
};

/** A changed email: Cognito sends a code; the new address counts once it is confirmed. */
export const ConfirmNewEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = await canvas.findByLabelText('Email');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(email).toHaveAttribute('autocomplete', 'email');
    await userEvent.clear(email);
    await userEvent.type(email, 'ada.king@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('form', { name: 'Confirm your new email address' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription(/We sent a code to/);
  },
};

/** A wrong code: one message, under the field (the alert stays out of sight, still announced). */
export const WrongCode: Story = {
  parameters: signedIn({ scripts: { verifyAttribute: failWith('codeMismatch') } }),
  play: async (context) => {
    await ConfirmNewEmail.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.type(canvas.getByLabelText('Verification code'), '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    const code = canvas.getByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await expect(code).toHaveAccessibleDescription(/That code is not right/);
  },
};
