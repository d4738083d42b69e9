import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PasswordField } from '../../src/index.js';

const meta = {
  title: 'Fields/PasswordField',
  component: PasswordField,
  tags: ['autodocs'],
  args: {
    label: 'Password',
    name: 'password',
    autoComplete: 'current-password',
    showLabel: 'Show password',
    hideLabel: 'Hide password',
  },
  argTypes: { inputRef: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Always uncontrolled (a password never reaches a DOM attribute), with a show/hide toggle (`aria-pressed`, `aria-controls`).',
      },
    },
  },
} satisfies Meta<typeof PasswordField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Password');
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).not.toHaveAttribute('aria-invalid');
    // The toggle starts off ("Show password") and names the field it controls.
    const toggle = canvas.getByRole('button', { name: 'Show password' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveAttribute('aria-controls', input.id);
  },
};

export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Password');
    await userEvent.type(input, 'Correct-horse-1');
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).not.toHaveAttribute('value');
  },
};

export const Revealed: Story = {
  play: async (context) => {
    await Filled.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show password' }));
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'text');
    // A toggle keeps its name; pressed means shown, and the tooltip says what a click does now.
    const toggle = canvas.getByRole('button', { name: 'Show password' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveAttribute('title', 'Hide password');
  },
};

export const NewPasswordWithHint: Story = {
  args: {
    label: 'New password',
    autoComplete: 'new-password',
    description: 'At least 8 characters, with upper and lower case letters, a number and a symbol.',
  },
};

export const WithError: Story = {
  args: { error: 'Enter your password.', required: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Password');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Enter your password.');
  },
};
