import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FormAlert } from '../../src/index.js';

const meta = {
  title: 'Fields/FormAlert',
  component: FormAlert,
  tags: ['autodocs'],
  args: { message: 'Incorrect email or password.', tone: 'error' },
  argTypes: { alertRef: { control: false }, tone: { control: 'inline-radio', options: ['error', 'info'] } },
  parameters: {
    docs: {
      description: {
        component:
          'A live region that is always in the DOM (so screen readers follow it): `role="alert"` for errors, `role="status"` for notices; hidden while empty. Styling hook: `.rck-alert[data-tone]`.',
      },
    },
  },
} satisfies Meta<typeof FormAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Error: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Incorrect email or password.');
  },
};

export const Info: Story = {
  args: { tone: 'info', message: 'A new code is on its way to a***@e***.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('A new code is on its way');
  },
};

/** Empty: present for assistive technology, invisible on screen. */
export const Empty: Story = {
  args: { message: null },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAttribute('data-empty', '');
  },
};
