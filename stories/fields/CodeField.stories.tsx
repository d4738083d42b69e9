import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CodeField } from '../../src/index.js';

const meta = {
  title: 'Fields/CodeField',
  component: CodeField,
  tags: ['autodocs'],
  args: { label: 'Verification code', name: 'code', description: 'We sent a code to a***@e***.' },
  argTypes: { inputRef: { control: false }, adornment: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'A one-time code: numeric keyboard (`inputmode="numeric"`), the OS\'s code autofill (`autocomplete="one-time-code"`); a pasted "123 456" works (spaces are dropped on submit).',
      },
    },
  },
} satisfies Meta<typeof CodeField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Verification code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  },
};

export const Pasted: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Verification code');
    await userEvent.click(input);
    await userEvent.paste('123 456');
    await expect(input).toHaveValue('123 456');
  },
};

export const WithError: Story = {
  args: { error: 'That code is not right. Check the latest email and try again.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Verification code')).toHaveAccessibleDescription(
      'That code is not right. Check the latest email and try again. We sent a code to a***@e***.',
    );
  },
};
