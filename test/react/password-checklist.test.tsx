import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ChangePasswordForm, ForgotPasswordForm, RegisterForm } from '../../src/index';
import { ar } from '../../src/locales/ar/index';
import { de } from '../../src/locales/de/index';
import type { PasswordPolicy } from '../../src/core/password-policy';
import type { MessageOverrides } from '../../src/react/messages';
import { createMockAuthClient, MockAuthProvider, type MockAuthClient } from '../../src/testing/index';

// The testing entry's mock client (no Cognito needed: the checklist is client-side); the real one is the same code.
function renderForm(ui: ReactElement, options: { passwordPolicy?: Partial<PasswordPolicy>; messages?: MessageOverrides; client?: MockAuthClient } = {}) {
  const client = options.client ?? createMockAuthClient({ config: { passwordPolicy: options.passwordPolicy }, delay: 0 });
  render(
    <StrictMode>
      <MockAuthProvider client={client} messages={options.messages}>
        {ui}
      </MockAuthProvider>
    </StrictMode>,
  );
  return client;
}

const rulesOf = async (field: HTMLElement) => {
  const list = await waitFor(() => within(field.closest('.rck-field') as HTMLElement).getByRole('list'));
  return Object.fromEntries(within(list).getAllByRole('listitem').map((item) => [item.getAttribute('data-rule'), item.hasAttribute('data-met')]));
};

describe('password checklist under new-password fields (mock client)', () => {
  it('appears when the field gets focus and follows each of Cognito’s default rules as the user types', async () => {
    renderForm(<RegisterForm />);
    const user = userEvent.setup();
    const password = screen.getByLabelText('Password');
    expect(password.closest('.rck-field')!.querySelector('[role="list"]')).toBeNull();
    await user.click(password);
    expect(await rulesOf(password)).toEqual({ minimumLength: false, requireLowercase: false, requireUppercase: false, requireNumbers: false, requireSymbols: false });

    const steps: Array<[string, string]> = [
      ['a', 'requireLowercase'],
      ['B', 'requireUppercase'],
      ['3', 'requireNumbers'],
      [' ', 'requireSymbols'],
      ['cdef', 'minimumLength'],
    ];
    const met: string[] = [];
    for (const [typed, rule] of steps) {
      await user.type(password, typed);
      met.push(rule);
      const state = await rulesOf(password);
      expect(Object.keys(state).filter((r) => state[r])).toEqual(expect.arrayContaining(met));
      expect(Object.values(state).filter(Boolean)).toHaveLength(met.length);
    }
  });

  it('says each state in words in the input’s description, not by colour alone', async () => {
    renderForm(<RegisterForm />);
    const user = userEvent.setup();
    const password = screen.getByLabelText('Password');
    await user.click(password);
    await user.type(password, 'abc');
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining('A lowercase letter (a–z): done')));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('At least 8 characters: missing'));
    expect(password).toHaveAccessibleDescription(expect.stringMatching(/^Your password needs:/));
  });

  it('announces politely only the rules that changed, once the user pauses', async () => {
    renderForm(<RegisterForm />);
    const user = userEvent.setup();
    const password = screen.getByLabelText('Password');
    await user.click(password);
    const field = password.closest('.rck-field') as HTMLElement;
    const live = await waitFor(() => field.querySelector('[aria-live="polite"]') as HTMLElement);
    expect(live).toHaveTextContent('');
    await user.type(password, 'x');
    await waitFor(() => expect(live).toHaveTextContent('A lowercase letter (a–z): done'), { timeout: 3000 });
    expect(live.textContent).not.toMatch(/characters|uppercase|number|symbol/i);
    await user.type(password, 'X1!yyyy');
    await waitFor(() => expect(live).toHaveTextContent('Your password meets every requirement.'), { timeout: 3000 });
  });

  it('never blocks paste or submit: Cognito judges the password', async () => {
    const client = renderForm(<RegisterForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'ana@example.com');
    const password = screen.getByLabelText('Password');
    await user.click(password);
    await user.paste('short');
    expect(password).toHaveValue('short');
    await user.type(screen.getByLabelText('Confirm password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(client.calls.filter((c) => c.method === 'signUp')).toHaveLength(1));
  });

  it('follows the app’s passwordPolicy: its length, and only the rules it turns on', async () => {
    renderForm(<RegisterForm />, { passwordPolicy: { minimumLength: 12, requireSymbols: false, requireUppercase: false } });
    const user = userEvent.setup();
    const password = screen.getByLabelText('Password');
    await user.click(password);
    expect(Object.keys(await rulesOf(password))).toEqual(['minimumLength', 'requireLowercase', 'requireNumbers']);
    expect(password).toHaveAccessibleDescription(expect.stringContaining('At least 12 characters'));
  });

  it('is under the new password of ChangePasswordForm, not the current one', async () => {
    renderForm(<ChangePasswordForm />);
    const user = userEvent.setup();
    const fresh = screen.getByLabelText('New password');
    await user.click(fresh);
    expect(Object.keys(await rulesOf(fresh))).toHaveLength(5);
    expect(within(screen.getByLabelText('Current password').closest('.rck-field') as HTMLElement).queryByRole('list')).toBeNull();
  });

  it('speaks the provider’s locale pack, and a form’s own overrides win', async () => {
    renderForm(<RegisterForm messages={{ passwordRuleNumber: 'Eine Zahl' }} />, { messages: de });
    const user = userEvent.setup();
    const password = screen.getByLabelText('Passwort');
    await user.click(password);
    await rulesOf(password);
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Mindestens 8 Zeichen: fehlt noch'));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Eine Zahl: fehlt noch'));
  });

  it('renders the Arabic pack’s strings', async () => {
    renderForm(<ForgotPasswordForm />, { messages: ar });
    expect(await screen.findByRole('heading', { name: 'إعادة تعيين كلمة المرور' })).toBeInTheDocument();
    await act(async () => undefined);
  });
});
