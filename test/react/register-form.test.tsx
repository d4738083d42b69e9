import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RegisterForm } from '../../src/react/components/RegisterForm';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { describedByText, renderWithKit, SessionBadge } from './render-with-kit';

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

async function fillDetails(email: string, password = strongPassword, confirmation = password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.type(screen.getByLabelText('Confirm password'), confirmation);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return user;
}

describe('RegisterForm against the emulator', () => {
  it('registers, confirms with the emailed code and signs the user in (callbacks once under StrictMode)', async () => {
    const email = fixture.uniqueEmail('register');
    const onRegistered = vi.fn();
    const onSignedIn = vi.fn();
    renderWithKit(
      <>
        <SessionBadge />
        <RegisterForm onRegistered={onRegistered} onSignedIn={onSignedIn} />
      </>,
      { config: fixture.config() },
    );
    expect(screen.getByTestId('session')).toHaveTextContent('signedOut');
    const user = await fillDetails(email);

    const codeInput = await screen.findByLabelText('Verification code');
    // Focus moves once the step's chunk has rendered: give a loaded CI machine more than waitFor's default second.
    await waitFor(() => expect(codeInput).toHaveFocus(), { timeout: 5_000 });
    expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
    expect(codeInput).toHaveAttribute('inputmode', 'numeric');
    expect(describedByText(codeInput)).toMatch(/We sent a code to/);
    const code = await fixture.emulator.codes.waitFor(email);
    // Pasted with a space, as codes in emails often are.
    await user.type(codeInput, `${code.slice(0, 3)} ${code.slice(3)}`);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    // The session is shown first; the sign-in resolves (onRegistered, onSignedIn) a task later (issue #17). Once each, under StrictMode.
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onRegistered).toHaveBeenCalledTimes(1);
    expect(onRegistered).toHaveBeenCalledWith(email);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]![0].user.email).toBe(email);
    expect(document.documentElement.outerHTML).not.toContain(strongPassword);
  });

  it('stops a mismatched confirmation before any request, on the confirm field, keeping what was typed', async () => {
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    fixture.emulator.requests.clear();
    const email = fixture.uniqueEmail('mismatch');
    await fillDetails(email, strongPassword, `${strongPassword}x`);

    const confirm = screen.getByLabelText('Confirm password');
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(confirm)).toBe('The passwords do not match.');
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(screen.getByLabelText('Email')).toHaveValue(email);
    expect(screen.getByLabelText('Password')).toHaveValue(strongPassword);
    expect(fixture.emulator.requests.count({ target: 'SignUp' })).toBe(0);
  });

  it('says which fields are missing or malformed and focuses the first', async () => {
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const email = screen.getByLabelText('Email');
    expect(describedByText(email)).toBe('Enter a valid email address, like name@example.com.');
    await waitFor(() => expect(email).toHaveFocus());
    // Never focused, so no checklist yet (it comes with focus): the error alone.
    expect(describedByText(screen.getByLabelText('Password'))).toBe('Enter your password.');
    expect(describedByText(screen.getByLabelText('Confirm password'))).toBe('Enter your password again to confirm it.');
  });

  it.each([
    ['a zero-width space', 'admin\u200B@example.com'],
    ['a right-to-left override', 'ad\u202Emin@example.com'],
    ['a Hangul filler', '\u3164admin@example.com'],
  ])('refuses an email with %s before any request, on the email field, keeping what was typed', async (_what, typed) => {
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    const signUps = fixture.emulator.requests.count({ target: 'SignUp' });
    await fillDetails(typed);
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(email)).toBe('This contains invisible or control characters (often pasted by accident). Type it again by hand.');
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveValue(typed);
    expect(screen.getByLabelText('Password')).toHaveValue(strongPassword);
    expect(fixture.emulator.requests.count({ target: 'SignUp' })).toBe(signUps);
  });

  it('says so in the same pass as the other fields\' errors, before the form would send anything', async () => {
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'admin\u2060@example.com');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const email = screen.getByLabelText('Email');
    expect(describedByText(email)).toBe('This contains invisible or control characters (often pasted by accident). Type it again by hand.');
    expect(describedByText(screen.getByLabelText('Password'))).toMatch(/^Enter your password\./);
    await waitFor(() => expect(email).toHaveFocus());
  });

  it('says the invisible-character message in the app\'s words', async () => {
    renderWithKit(<RegisterForm messages={{ errors: { invalidCharacters: 'Há caracteres invisíveis. Digite de novo.' } }} />, { config: fixture.config() });
    await fillDetails('admin\uFEFF\u200D@example.com');
    expect(describedByText(screen.getByLabelText('Email'))).toBe('Há caracteres invisíveis. Digite de novo.');
  });

  it('three clicks in one task send one SignUp and reach the code step, not "already exists"', async () => {
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    const email = fixture.uniqueEmail('triple');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.type(screen.getByLabelText('Confirm password'), strongPassword);
    const signUps = fixture.emulator.requests.count({ target: 'SignUp' });
    const button = screen.getByRole('button', { name: 'Create account' });
    act(() => {
      button.click();
      button.click();
      button.click();
    });
    await screen.findByLabelText('Verification code');
    expect(fixture.emulator.requests.count({ target: 'SignUp' })).toBe(signUps + 1);
    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();
  });

  it('tells a duplicate email apart, on the email field', async () => {
    const email = fixture.uniqueEmail('duplicate');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, strongPassword);
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    await fillDetails(email);
    const alert = await screen.findByText('An account with this email already exists. Sign in instead.', { selector: '[role="alert"]' });
    expect(alert).toBeInTheDocument();
    const emailInput = screen.getByLabelText('Email');
    await waitFor(() => expect(emailInput).toHaveFocus());
    expect(emailInput).toHaveAttribute('aria-invalid', 'true');
    expect(emailInput).toHaveValue(email);
    expect(screen.getByLabelText('Password')).toHaveValue(strongPassword);
  });

  it('rejects a wrong code, then accepts a resent one', async () => {
    const email = fixture.uniqueEmail('wrongcode');
    renderWithKit(
      <>
        <SessionBadge />
        <RegisterForm />
      </>,
      { config: fixture.config() },
    );
    const user = await fillDetails(email);
    const codeInput = await screen.findByLabelText('Verification code');
    const firstCode = await fixture.emulator.codes.waitFor(email);
    const wrong = firstCode === '000000' ? '111111' : '000000';
    await user.type(codeInput, wrong);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('That code is not right. Check the latest email and try again.', { selector: '[role="alert"]' });
    expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    expect(codeInput).toHaveValue(wrong);
    await waitFor(() => expect(codeInput).toHaveFocus());

    const sentAt = Date.now();
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    await screen.findByText(/A new code is on its way/, { selector: '[role="status"]' });
    const secondCode = await fixture.emulator.codes.waitFor(email, { after: sentAt });
    expect(secondCode).not.toBe(firstCode);
    await user.clear(codeInput);
    await user.type(codeInput, secondCode);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });

  it('disables submit while the request is pending', async () => {
    renderWithKit(<RegisterForm />, { config: fixture.config() });
    const email = fixture.uniqueEmail('pending');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    await user.type(screen.getByLabelText('Confirm password'), strongPassword);
    const button = screen.getByRole('button', { name: 'Create account' });
    void user.click(button);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Creating account…' })).toBeDisabled());
    await screen.findByLabelText('Verification code');
  });

  it('follows a language switch on the provider', async () => {
    const { AuthProvider } = await import('../../src/react/AuthProvider');
    const { render } = await import('@testing-library/react');
    const client = fixture.client();
    const app = (messages?: { registerTitle: string }) => (
      <AuthProvider client={client} messages={messages}>
        <RegisterForm />
      </AuthProvider>
    );
    const view = render(app());
    expect(screen.getByRole('heading', { name: 'Create an account' })).toBeInTheDocument();
    view.rerender(app({ registerTitle: 'Criar conta' }));
    expect(screen.getByRole('heading', { name: 'Criar conta' })).toBeInTheDocument();
  });

  it('shows every string from overrides (i18n)', async () => {
    renderWithKit(<RegisterForm />, {
      config: fixture.config(),
      messages: { registerTitle: 'Criar conta', emailLabel: 'E-mail', passwordLabel: 'Senha', confirmPasswordLabel: 'Confirmar senha', registerButton: 'Criar' },
    });
    const form = screen.getByRole('form', { name: 'Criar conta' });
    expect(within(form).getByLabelText('E-mail')).toBeInTheDocument();
    expect(within(form).getByLabelText('Senha')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Criar' })).toBeInTheDocument();
  });
});
