import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../../src/index.js';

const meta = {
  title: 'Fields/TextField',
  component: TextField,
  tags: ['autodocs'],
  args: { label: 'Full name', name: 'name', autoComplete: 'name' },
  argTypes: { inputRef: { control: false }, adornment: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The building block of every form: a label, an input, help and error text linked with `aria-describedby` (only the messages on screen, merged with yours), `aria-invalid` when in error. Styling hooks: `.rck-field[data-invalid]`.',
      },
    },
  },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Full name');
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('autocomplete', 'name');
    await expect(input).toBeEnabled();
    // No help or error text yet: nothing to describe it, nothing invalid.
    await expect(input).not.toHaveAttribute('aria-describedby');
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};

export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Full name');
    await userEvent.type(input, 'Ada Lovelace');
    await expect(input).toHaveValue('Ada Lovelace');
  },
};

export const WithDescription: Story = {
  args: { description: 'As it should appear on your invoices.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Full name')).toHaveAccessibleDescription('As it should appear on your invoices.');
  },
};

export const WithError: Story = {
  args: { description: 'As it should appear on your invoices.', error: 'Enter your name.', required: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Full name');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Enter your name. As it should appear on your invoices.');
  },
};

export const KeepsYourDescribedBy: Story = {
  render: (args) => (
    <>
      <TextField {...args} aria-describedby="name-policy" />
      <p id="name-policy">We never show your name to other users.</p>
    </>
  ),
  args: { error: 'Enter your name.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Full name')).toHaveAccessibleDescription(
      'Enter your name. We never show your name to other users.',
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'Ada Lovelace' },
};
