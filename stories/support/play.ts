import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Types into the sign-in form's fields (only those given) and optionally submits. */
export async function fillSignIn(
  canvasElement: HTMLElement,
  { email, password, submit = false }: { email?: string; password?: string; submit?: boolean },
) {
  const canvas = within(canvasElement);
  if (email !== undefined) await userEvent.type(canvas.getByLabelText('Email'), email);
  if (password !== undefined) await userEvent.type(canvas.getByLabelText('Password'), password);
  if (submit) await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
  return canvas;
}

/** Fills the registration form and optionally submits it. */
export async function fillRegister(
  canvasElement: HTMLElement,
  { email, password, confirm = password, submit = false }: { email?: string; password?: string; confirm?: string; submit?: boolean },
) {
  const canvas = within(canvasElement);
  if (email !== undefined) await userEvent.type(canvas.getByLabelText('Email'), email);
  if (password !== undefined) await userEvent.type(canvas.getByLabelText('Password'), password);
  if (confirm !== undefined) await userEvent.type(canvas.getByLabelText('Confirm password'), confirm);
  if (submit) await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
  return canvas;
}

/** Waits for a code step, types a code and submits it ("Confirm" for sign-up codes, "Verify" for MFA). */
export async function enterCode(canvasElement: HTMLElement, code: string, button = 'Confirm') {
  const canvas = within(canvasElement);
  const input = await canvas.findByLabelText('Verification code');
  await userEvent.clear(input);
  await userEvent.type(input, code);
  await userEvent.click(canvas.getByRole('button', { name: button }));
  return canvas;
}

export const demo = { email: 'ada@example.com', password: 'Correct-horse-1' } as const;

/** The form's alert region is always there (so screen readers track it); wait for its text. */
export async function expectAlert(canvasElement: HTMLElement, text: string, role: 'alert' | 'status' = 'alert') {
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getByRole(role)).toHaveTextContent(text));
}
