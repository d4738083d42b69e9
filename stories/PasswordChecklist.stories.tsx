import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RegisterForm } from '../src/index.js';
import { mockAuth } from './support/mock-auth.js';

/** The checklist under a new password, as RegisterForm, ChangePasswordForm, the reset step and NewPasswordStep show it. */
const meta = {
  title: 'Forms/PasswordChecklist',
  component: RegisterForm,
  parameters: {
    docs: {
      description: {
        component:
          'The pool’s password policy (`passwordPolicy` in the config, Cognito’s default if unset) as a live checklist, fetched when the password field gets focus; each rule in words and shape, changes announced politely.',
      },
    },
  },
} satisfies Meta<typeof RegisterForm>;
export default meta;
type Story = StoryObj<typeof meta>;

const typePassword = async (canvasElement: HTMLElement, password: string) => {
  const canvas = within(canvasElement);
  const field = canvas.getAllByLabelText(/password|passwort|كلمة المرور|סיסמה/i)[0]!;
  await userEvent.click(field);
  if (password) await userEvent.type(field, password);
  await waitFor(() => expect(canvas.getByRole('list')).toBeInTheDocument());
  return canvas;
};

const metCount = (canvas: ReturnType<typeof within>) => canvas.getAllByRole('listitem').filter((item: HTMLElement) => item.hasAttribute('data-met')).length;

export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await typePassword(canvasElement, '');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
    await expect(metCount(canvas)).toBe(0);
  },
};

export const PartlyMet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await typePassword(canvasElement, 'abc1');
    await waitFor(() => expect(metCount(canvas)).toBe(2));
  },
};

export const AllMet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await typePassword(canvasElement, 'Correct horse 9');
    await waitFor(() => expect(metCount(canvas)).toBe(5));
  },
};

export const CustomPolicy: Story = {
  parameters: mockAuth({ config: { passwordPolicy: { minimumLength: 12, requireSymbols: false } } }),
  play: async ({ canvasElement }) => {
    const canvas = await typePassword(canvasElement, 'abcDEF123');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
    await expect(canvas.getAllByText(/At least 12 characters/).length).toBeGreaterThan(0);
  },
};

/** Arabic, right to left (the toolbar's Locale and Direction switch any story the same way). */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = await typePassword(canvasElement, 'abc');
    await expect(canvas.getByRole('heading', { name: 'إنشاء حساب' })).toBeInTheDocument();
    await expect(canvasElement.closest('[dir]') ?? canvasElement.querySelector('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};

export const Hebrew: Story = {
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const canvas = await typePassword(canvasElement, 'Aa1!');
    await expect(canvas.getByRole('heading', { name: 'יצירת חשבון' })).toBeInTheDocument();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = await typePassword(canvasElement, 'Passwort');
    await expect(canvas.getAllByText(/Mindestens 8 Zeichen/).length).toBeGreaterThan(0);
  },
};
