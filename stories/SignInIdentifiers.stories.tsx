import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LoginForm, RegisterForm, type SignUpField } from '../src/index.js';
import { mockAuth } from './support/mock-auth.js';

// The forms for pools that do not sign in by email alone (`loginMechanisms`), and RegisterForm's `fields`.

const meta = {
  title: 'Forms/Sign-in identifiers and sign-up fields',
  component: LoginForm,
  tags: ['autodocs'],
  args: { onSignedIn: fn(), onNextStep: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '`loginMechanisms` picks the sign-in field: a phone number with its dial code (sent as E.164), a username, or one field for several. `RegisterForm fields` adds standard and custom attributes, selects, dates and a terms box.',
      },
    },
  },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `loginMechanisms: ['phone_number']`: the dial-code select and the number as people write it at home. */
export const PhoneNumber: Story = {
  parameters: mockAuth({ showSession: true, config: { loginMechanisms: ['phone_number'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const country = await canvas.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 });
    await userEvent.selectOptions(country, 'GB');
    await userEvent.type(canvas.getByLabelText('Phone number'), '07700 900123');
    await userEvent.type(canvas.getByLabelText('Password'), 'Correct-horse-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(canvasElement.ownerDocument.body).toHaveTextContent('+447700900123'));
  },
};

/** A number that cannot be one of the chosen country's: the error is on the field, which has focus. */
export const PhoneNumberInvalid: Story = {
  parameters: mockAuth({ config: { loginMechanisms: ['phone_number'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    const number = canvas.getByLabelText('Phone number');
    await userEvent.type(number, '0770');
    await userEvent.type(canvas.getByLabelText('Password'), 'Correct-horse-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(number).toHaveFocus());
    await expect(number).toHaveAccessibleDescription('Enter a valid phone number for the country chosen.');
  },
};

/** `['username', 'email', 'preferred_username']`: one field, labelled for what it takes. */
export const UsernameOrEmail: Story = {
  parameters: mockAuth({ config: { loginMechanisms: ['username', 'email', 'preferred_username'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText('Username or email')).toHaveAttribute('autocomplete', 'username');
  },
};

const fields: SignUpField[] = [
  { name: 'given_name', required: true },
  { name: 'family_name' },
  { name: 'custom:plan', kind: 'select', label: 'Plan', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] },
  { name: 'birthdate', hint: 'Used to check you are 16 or older.' },
  { name: 'terms', kind: 'checkbox', label: 'I accept the terms of use', required: true },
];

/** `fields`: standard attributes, a custom select, a date with a hint and a terms box, by a username pool with an email alias. */
export const SignUpFields: StoryObj<typeof RegisterForm> = {
  render: () => <RegisterForm fields={fields} onRegistered={fn()} />,
  parameters: mockAuth({ config: { loginMechanisms: ['username', 'email'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText('First name')).toHaveAttribute('autocomplete', 'given-name');
    await expect(canvas.getByLabelText('Date of birth')).toHaveAttribute('type', 'date');
  },
};

/** Submitted empty: each field says what it needs, focus on the first. */
export const SignUpFieldsErrors: StoryObj<typeof RegisterForm> = {
  render: () => <RegisterForm fields={fields} onRegistered={fn()} />,
  parameters: mockAuth({ config: { loginMechanisms: ['username', 'email'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByLabelText('First name');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(canvas.getByLabelText('Username')).toHaveFocus());
    await expect(canvas.getByLabelText('I accept the terms of use')).toHaveAccessibleDescription('Tick this box to continue.');
    await expect(canvas.getByLabelText('Plan')).toHaveAttribute('aria-invalid', 'true');
  },
};

/**
 * A pool whose username is the phone number: sign-up by phone, the code goes by text message, and the code step says
 * so (it follows Cognito's DeliveryMedium: "Confirm your phone number", not "your email").
 */
export const SignUpByPhone: StoryObj<typeof RegisterForm> = {
  render: () => <RegisterForm onRegistered={fn()} />,
  parameters: mockAuth({ config: { loginMechanisms: ['phone_number'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    await userEvent.type(canvas.getByLabelText('Phone number'), '07700 900123');
    await userEvent.type(canvas.getByLabelText('Password'), 'Correct-horse-1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'Correct-horse-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByLabelText('Verification code', {}, { timeout: 5000 })).toHaveAccessibleDescription('We sent a code by text message to +*******0123.');
    await expect(canvas.getByRole('heading', { name: 'Confirm your phone number' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Use a different phone number' })).toBeInTheDocument();
    await expect(canvasElement).toHaveTextContent('0123');
  },
};
