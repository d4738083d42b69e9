import { Profiler } from 'react';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LoginForm } from '../../src/react/components/LoginForm';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { describedByText, renderWithKit, SessionBadge } from './render-with-kit';

let fixture: EmulatorFixture;
let email: string;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
  email = fixture.uniqueEmail('login');
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, strongPassword);
});
afterAll(() => fixture?.emulator.stop());

async function signIn(address: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), address);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

const incorrect = 'Incorrect email or password.';

describe('LoginForm against the emulator', () => {
  it('signs in with SRP by default; onSignedIn runs once under StrictMode; the password is nowhere in the DOM', async () => {
    const onSignedIn = vi.fn();
    renderWithKit(
      <>
        <SessionBadge />
        <LoginForm onSignedIn={onSignedIn} />
      </>,
      { config: fixture.config({ storage: 'local' }) },
    );
    fixture.emulator.requests.clear();
    await signIn(email, strongPassword);
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    // The session is shown first; stored, and the sign-in resolved (onSignedIn), a task later (issue #17).
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(fixture.emulator.requests.count({ authFlow: 'USER_SRP_AUTH' })).toBe(1);
    expect(document.documentElement.outerHTML).not.toContain(strongPassword);
    expect(localStorage.getItem(`rck.${fixture.pool.clientId}.session`)).toContain('"refreshToken"');
  });

  it('three clicks in one task start one sign-in (one InitiateAuth, one answer)', async () => {
    renderWithKit(
      <>
        <SessionBadge />
        <LoginForm />
      </>,
      { config: fixture.config() },
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    fixture.emulator.requests.clear();
    const button = screen.getByRole('button', { name: 'Sign in' });
    act(() => {
      button.click();
      button.click();
      button.click();
    });
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    expect(fixture.emulator.requests.count({ target: 'InitiateAuth' })).toBe(1);
    expect(fixture.emulator.requests.count({ target: 'RespondToAuthChallenge' })).toBe(1);
  });

  it("the click's task renders nothing and starts nothing; the pending button and the sign-in follow in later tasks, once for three clicks (signIn spied, calling through)", async () => {
    const client = fixture.client({ authFlow: 'USER_PASSWORD_AUTH' });
    const signInCalls = vi.spyOn(client, 'signIn');
    const commits = vi.fn();
    renderWithKit(
      <>
        <SessionBadge />
        <Profiler id="form" onRender={commits}>
          <LoginForm />
        </Profiler>
      </>,
      { client },
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), strongPassword);
    const button = screen.getByRole('button', { name: 'Sign in' });
    // Every state of the button until signed in: the pending one may last only as long as one request.
    const states: string[] = [];
    const observer = new MutationObserver(() => states.push(`${button.getAttribute('aria-busy') ?? 'idle'} ${button.textContent}`));
    observer.observe(button, { attributes: true, childList: true, subtree: true, characterData: true });
    commits.mockClear();
    act(() => {
      button.click();
      button.click();
      button.click();
    });
    // Still the click's task: every microtask has run, React has rendered whatever it was asked to.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(commits).not.toHaveBeenCalled();
    expect(states).toEqual([]);
    expect(signInCalls).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    observer.disconnect();
    expect(signInCalls).toHaveBeenCalledTimes(1);
    expect(states[0]).toBe('true Signing in…');
  });

  it.each([
    ['wrong password', () => email, 'Wrong-Password-1'],
    ['unknown user', () => 'nobody.here@example.com', strongPassword],
  ])('%s: the alert says the generic message, takes focus, and what was typed stays', async (_name, address, password) => {
    renderWithKit(<LoginForm />, { config: fixture.config() });
    await signIn(address(), password);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(incorrect));
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Email')).toHaveValue(address());
    expect(screen.getByLabelText('Password')).toHaveValue(password);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('with USER_PASSWORD_AUTH a wrong password reads as incorrect credentials', async () => {
    renderWithKit(<LoginForm />, { config: fixture.config({ authFlow: 'USER_PASSWORD_AUTH' }) });
    await signIn(email, 'Wrong-Password-1');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(incorrect));
  });

  // Only a pool that reveals unknown users can be told apart; the SRP harness, like a new Cognito pool
  // (PreventUserExistenceErrors on), never does, so this uses the password flow's UserNotFoundException.
  it('tells an unknown account apart only when the app opts in (password flow, client not hiding users)', async () => {
    renderWithKit(<LoginForm />, { config: fixture.config({ revealUserExistence: true, authFlow: 'USER_PASSWORD_AUTH' }) });
    await signIn('nobody.else@example.com', strongPassword);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('No account uses this email address.'));
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('an unconfirmed user gets the code step with resend, and is signed in after confirming', async () => {
    const unconfirmed = fixture.uniqueEmail('unconfirmed');
    await fixture.client().signUp({ email: unconfirmed, password: strongPassword });
    renderWithKit(
      <>
        <SessionBadge />
        <LoginForm />
      </>,
      { config: fixture.config() },
    );
    const user = await signIn(unconfirmed, strongPassword);
    const codeInput = await screen.findByLabelText('Verification code');
    expect(screen.getByRole('status')).toHaveTextContent('Your account is not confirmed yet.');
    const sentAt = Date.now();
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    const code = await fixture.emulator.codes.waitFor(unconfirmed, { after: sentAt });
    await user.type(codeInput, code);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${unconfirmed}`));
  });

  it("a step's strings arrive with its chunk; the provider's and the form's overrides still win over them", async () => {
    const unconfirmed = fixture.uniqueEmail('step-strings');
    await fixture.client().signUp({ email: unconfirmed, password: strongPassword });
    renderWithKit(<LoginForm messages={{ confirmTitle: 'Confirme seu e-mail' }} />, {
      config: fixture.config(),
      messages: { codeLabel: 'Código', confirmTitle: 'overridden by the form' },
    });
    await signIn(unconfirmed, strongPassword);
    const form = await screen.findByRole('form', { name: 'Confirme seu e-mail' });
    expect(form).toContainElement(screen.getByLabelText('Código'));
    // Not overridden: the step's own default, which is not in the first load.
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your account is not confirmed yet.');
  });

  it('validates before sending: empty fields get their own messages, focus on the first', async () => {
    renderWithKit(<LoginForm />, { config: fixture.config() });
    fixture.emulator.requests.clear();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    const emailInput = screen.getByLabelText('Email');
    await waitFor(() => expect(emailInput).toHaveFocus());
    expect(describedByText(emailInput)).toBe('Enter your email address.');
    expect(describedByText(screen.getByLabelText('Password'))).toBe('Enter your password.');
    expect(fixture.emulator.requests.all()).toHaveLength(0);
  });

  it('keeps the consumer\'s own links and shows the password only on request, as a property not an attribute', async () => {
    const onRegisterClick = vi.fn();
    renderWithKit(<LoginForm onRegisterClick={onRegisterClick} />, { config: fixture.config() });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Password'), 'Secret-123');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'text');
    // A toggle keeps its name; aria-pressed says it is on (the tooltip says what a click does now).
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveAttribute('title', 'Hide password');
    expect(document.documentElement.outerHTML).not.toContain('Secret-123');
    await user.click(screen.getByRole('link', { name: 'Create an account' }));
    expect(onRegisterClick).toHaveBeenCalledTimes(1);
  });
});
