import { act, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { ForgotPasswordForm } from '../../src/react/components/ForgotPasswordForm';
import { LoginForm } from '../../src/react/components/LoginForm';
import { RegisterForm } from '../../src/react/components/RegisterForm';
import { loadStepModules } from '../../src/react/components/load-step-modules';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { describedByText, renderWithKit, SessionBadge } from './render-with-kit';

// A reload on a code step used to lose the email: the user registered again, was told the account exists,
// signed in, and only then got the code step. While a code step is on screen, its email (and where the code went)
// is now kept in sessionStorage for a reload, per pool and app client; never the password or the code. It is
// written as the page is hidden or left, and removed when the step ends.

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());
afterEach(() => vi.restoreAllMocks());

const key = () => `rck.${fixture.pool.clientId}.pendingStep`;
const kept = () => JSON.parse(sessionStorage.getItem(key()) ?? 'null') as Record<string, unknown> | null;

/** A page as the README quick start lays it out: sign-in and sign-up side by side, and the session. */
function quickStart(props: { onRegistered?: (email: string) => void; onSignedIn?: () => void } = {}) {
  return renderWithKit(
    <>
      <SessionBadge />
      <LoginForm />
      <RegisterForm onRegistered={props.onRegistered} onSignedIn={props.onSignedIn} />
    </>,
    { client: createAuthClient(fixture.config()) },
  );
}

async function type(scope: HTMLElement, fields: Record<string, string>) {
  const user = userEvent.setup();
  for (const [label, value] of Object.entries(fields)) {
    const input = within(scope).getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
  return user;
}

const form = (name: string) => screen.getByRole('form', { name });

/**
 * A reload as a browser does it: the page is left (pagehide) and dropped without React unmounting anything; only
 * sessionStorage stays. jsdom cannot reload, and its unmount runs the cleanups a real reload never runs: so what
 * was kept at pagehide is put back after it.
 */
function reload(page: RenderResult) {
  window.dispatchEvent(new Event('pagehide'));
  const kept = { ...sessionStorage };
  page.unmount();
  for (const [name, value] of Object.entries(kept)) sessionStorage.setItem(name, value);
}

/** The tab goes to the background (the user opens the mail app), where a phone may discard it. */
function hide() {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
  onTestFinished(() => void delete (document as { visibilityState?: unknown }).visibilityState);
}

describe('a reload on the code step', () => {
  it('RegisterForm: comes back to the code step with the email and where the code went; the code confirms, the password signs in', async () => {
    const email = fixture.uniqueEmail('reload-register');
    const onRegistered = vi.fn();
    const first = quickStart({ onRegistered });
    const user = await type(form('Create an account'), { Email: email, Password: strongPassword, 'Confirm password': strongPassword });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const hint = describedByText(await screen.findByLabelText('Verification code'));
    expect(hint).toMatch(/^We sent a code to .+\.$/);
    // Nothing is written while the page stays.
    expect(sessionStorage.getItem(key())).toBeNull();

    // The reload: a new client and a new tree; only sessionStorage is left.
    reload(first);
    expect(kept()).toEqual({ form: 'register', username: email, destination: expect.any(String), medium: 'EMAIL', at: expect.any(Number) });
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(strongPassword);
    const signUps = fixture.emulator.requests.count({ target: 'SignUp' });
    quickStart({ onRegistered });
    const step = await screen.findByRole('form', { name: 'Confirm your email' });
    expect(within(step).getByLabelText('Email')).toHaveValue(email);
    expect(within(step).getByLabelText('Email')).toHaveAttribute('readonly');
    expect(describedByText(within(step).getByLabelText('Verification code'))).toBe(hint);
    // Only the form that opened the step comes back to it: the sign-in form is as it was.
    expect(form('Sign in')).toBeInTheDocument();

    const code = await fixture.emulator.codes.waitFor(email);
    await type(step, { 'Verification code': code });
    await user.click(within(step).getByRole('button', { name: 'Confirm' }));
    // Confirmed; the password was only ever in the first page's memory: it is asked for, once.
    const confirmed = await screen.findByRole('form', { name: 'Email confirmed' });
    expect(within(confirmed).getByRole('status')).toHaveTextContent('Your email is confirmed. Enter your password to sign in.');
    await waitFor(() => expect(within(confirmed).getByLabelText('Password')).toHaveFocus());
    expect(sessionStorage.getItem(key())).toBeNull();
    expect(onRegistered).toHaveBeenCalledTimes(1);
    await type(confirmed, { Password: strongPassword });
    await user.click(within(confirmed).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    expect(onRegistered).toHaveBeenCalledTimes(1);
    expect(fixture.emulator.requests.count({ target: 'SignUp' })).toBe(signUps);
  });

  it('LoginForm (unconfirmed account): comes back to its code step with the new code\'s destination; "Use a different email" ends it', async () => {
    const email = fixture.uniqueEmail('reload-login');
    await createAuthClient(fixture.config()).signUp({ email, password: strongPassword });
    const first = quickStart();
    const user = await type(form('Sign in'), { Email: email, Password: strongPassword });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const step = await screen.findByRole('form', { name: 'Confirm your email' });
    await user.click(within(step).getByRole('button', { name: 'Send a new code' }));
    await waitFor(() => expect(within(step).getByRole('status')).toHaveTextContent(/A new code is on its way to .+\./));

    reload(first);
    expect(kept()).toEqual({ form: 'signIn', username: email, destination: expect.any(String), medium: 'EMAIL', at: expect.any(Number) });
    const destination = kept()!.destination as string;
    quickStart();
    const again = await screen.findByRole('form', { name: 'Confirm your email' });
    expect(within(again).getByLabelText('Email')).toHaveValue(email);
    expect(describedByText(within(again).getByLabelText('Verification code'))).toBe(`We sent a code to ${destination}.`);
    expect(form('Create an account')).toBeInTheDocument();

    await user.click(within(again).getByRole('button', { name: 'Use a different email' }));
    expect(await screen.findAllByRole('form', { name: 'Sign in' })).toHaveLength(1);
    expect(sessionStorage.getItem(key())).toBeNull();
  });

  it('ForgotPasswordForm: comes back to the code stage (the email only); "Back to sign in" ends it', async () => {
    const email = fixture.uniqueEmail('reload-forgot');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, strongPassword);
    const page = () => renderWithKit(<ForgotPasswordForm onBackToSignIn={() => undefined} />, { client: createAuthClient(fixture.config()) });
    const first = page();
    const user = await type(form('Reset your password'), { Email: email });
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('form', { name: 'Choose a new password' });

    reload(first);
    expect(kept()).toEqual({ form: 'reset', username: email, destination: expect.any(String), medium: 'EMAIL', at: expect.any(Number) });
    page();
    const stage = await screen.findByRole('form', { name: 'Choose a new password' });
    expect(within(stage).getByRole('status')).toHaveTextContent(`We sent a code to ${kept()!.destination as string}.`);
    await user.click(within(stage).getByRole('link', { name: 'Back to sign in' }));
    expect(sessionStorage.getItem(key())).toBeNull();
  });

  it.each([
    ['not JSON', '{"form":"register",'],
    ['a string', '"register"'],
    ['null', 'null'],
    ['another form', JSON.stringify({ form: 'elsewhere', username: 'ada@example.com' })],
    ['no username', JSON.stringify({ form: 'register' })],
    ['a username that is not an email', JSON.stringify({ form: 'register', username: '<img src=x onerror=alert(1)>' })],
    ['a username that is not a string', JSON.stringify({ form: 'register', username: ['ada@example.com'] })],
  ])('ignores what is not a kept step (%s): the form stays as it is', async (_what, value) => {
    sessionStorage.setItem(key(), value);
    quickStart();
    // Give a reopened step every chance to appear (the steps' chunk is imported in the effect).
    await (await import('../../src/react/components/load-step-modules')).loadStepModules();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(form('Create an account')).toBeInTheDocument();
    expect(form('Sign in')).toBeInTheDocument();
    expect(screen.queryByLabelText('Verification code')).not.toBeInTheDocument();
  });

  it("storage 'memory' keeps nothing in Web Storage: a reload starts over", async () => {
    const email = fixture.uniqueEmail('reload-memory');
    const page = renderWithKit(<RegisterForm />, { client: createAuthClient(fixture.config({ storage: 'memory' })) });
    const user = await type(form('Create an account'), { Email: email, Password: strongPassword, 'Confirm password': strongPassword });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Verification code');
    hide();
    reload(page);
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('a step kept for over an hour (a reset code lives one) is not reopened', async () => {
    const entry = (age: number) => JSON.stringify({ form: 'register', username: 'ada@example.com', destination: 'a***@e***', at: Date.now() - age });
    // Just under an hour: reopened (this also brings the steps' chunk, so the next check waits on nothing).
    sessionStorage.setItem(key(), entry(3_500_000));
    const young = quickStart();
    expect(await screen.findByRole('form', { name: 'Confirm your email' })).toBeInTheDocument();
    young.unmount();
    sessionStorage.setItem(key(), entry(3_601_000));
    quickStart();
    await act(async () => {
      await loadStepModules();
    });
    expect(screen.queryByRole('form', { name: 'Confirm your email' })).toBeNull();
    expect(form('Create an account')).toBeInTheDocument();
  });

  it('keeps a destination only when it is text', async () => {
    sessionStorage.setItem(key(), JSON.stringify({ form: 'register', username: 'ada@example.com', destination: { html: '<b>x</b>' }, at: Date.now() }));
    quickStart();
    const code = await screen.findByLabelText('Verification code');
    expect(describedByText(code)).toBe('We sent a code to your email.');
  });

  it('storage that throws (blocked, private mode) breaks nothing: the sign-up reaches the code step as before', async () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(denied);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(denied);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(denied);
    const email = fixture.uniqueEmail('reload-blocked');
    quickStart();
    const user = await type(form('Create an account'), { Email: email, Password: strongPassword, 'Confirm password': strongPassword });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const step = await screen.findByRole('form', { name: 'Confirm your email' });
    await type(step, { 'Verification code': await fixture.emulator.codes.waitFor(email) });
    await user.click(within(step).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
  });

  it('a tab sent to the background keeps the step; leaving the step ("Use a different email", or the form gone) removes it', async () => {
    const email = fixture.uniqueEmail('reload-hidden');
    const page = quickStart();
    const user = await type(form('Create an account'), { Email: email, Password: strongPassword, 'Confirm password': strongPassword });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const step = await screen.findByRole('form', { name: 'Confirm your email' });
    hide();
    expect(kept()).toEqual({ form: 'register', username: email, destination: expect.any(String), medium: 'EMAIL', at: expect.any(Number) });
    await user.click(within(step).getByRole('button', { name: 'Use a different email' }));
    await screen.findByRole('form', { name: 'Create an account' });
    expect(sessionStorage.getItem(key())).toBeNull();

    // Again, and this time the form goes (as ProtectedRoute swaps it for the app once someone signs in).
    await type(form('Create an account'), { Email: fixture.uniqueEmail('reload-gone'), Password: strongPassword, 'Confirm password': strongPassword });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('form', { name: 'Confirm your email' });
    window.dispatchEvent(new Event('pagehide'));
    expect(kept()).not.toBeNull();
    page.unmount();
    expect(sessionStorage.getItem(key())).toBeNull();
  });

  it('a confirmed step is no longer kept: a reload after it shows the forms', async () => {
    const email = fixture.uniqueEmail('reload-after-confirm');
    const onSignedIn = vi.fn();
    const first = quickStart({ onSignedIn });
    const user = await type(form('Create an account'), { Email: email, Password: strongPassword, 'Confirm password': strongPassword });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const step = await screen.findByRole('form', { name: 'Confirm your email' });
    await type(step, { 'Verification code': await fixture.emulator.codes.waitFor(email) });
    await user.click(within(step).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    reload(first);
    expect(sessionStorage.getItem(key())).toBeNull();
  });
});
