import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Authenticator } from '../../src/react/components/Authenticator';
import { RegisterForm } from '../../src/react/components/RegisterForm';
import { startEmulatorFixture, type EmulatorFixture } from '../support/emulator-fixture';
import { PASSWORDLESS_POOL } from '../support/passwordless-pool';
import { renderWithKit, SessionBadge } from './render-with-kit';

// RegisterForm's `passwordless` against the emulator's choice-based pool: SignUp without a password, the emailed code,
// then signed in with the Session ConfirmSignUp hands back (USER_AUTH), no password anywhere.

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture(4, PASSWORDLESS_POOL);
});
afterAll(() => fixture?.emulator.stop());

describe('RegisterForm passwordless against the emulator (USER_AUTH pool)', () => {
  it('asks for the email alone, signs up without a password, and the code signs the new user in', async () => {
    const email = fixture.uniqueEmail('nopassword');
    const onRegistered = vi.fn();
    const onSignedIn = vi.fn();
    renderWithKit(
      <>
        <SessionBadge />
        <RegisterForm passwordless onRegistered={onRegistered} onSignedIn={onSignedIn} />
      </>,
      { config: fixture.config({ authFlow: 'USER_AUTH' }) },
    );
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByLabelText('Confirm password')).toBeNull();
    fixture.emulator.requests.clear();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), email);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const codeInput = await screen.findByLabelText('Verification code');
    await user.type(codeInput, await fixture.emulator.codes.waitFor(email));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    // The session is shown a task before the sign-in resolves to the form (#17): the callbacks come just after.
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onRegistered).toHaveBeenCalledTimes(1);
    expect(onRegistered).toHaveBeenCalledWith(email);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(fixture.emulator.requests.count({ target: 'SignUp' })).toBe(1);
    expect(fixture.emulator.requests.count({ target: 'InitiateAuth' })).toBe(1);
    expect(screen.queryByLabelText('Password'), 'no password asked after the code').toBeNull();
  });

  it('a reload on the code step: the code confirms, then the sign-in goes on without a password (a new emailed code), onRegistered once', async () => {
    const email = fixture.uniqueEmail('nopassword-reload');
    const onRegistered = vi.fn();
    const page = () =>
      renderWithKit(
        <>
          <SessionBadge />
          <RegisterForm passwordless onRegistered={onRegistered} />
        </>,
        { config: fixture.config({ authFlow: 'USER_AUTH' }) },
      );
    const first = page();
    fixture.emulator.requests.clear();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), email);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Verification code');
    const signUpCode = await fixture.emulator.codes.waitFor(email);
    // A reload as a browser does it: pagehide, the page dropped; only sessionStorage stays (SignUp's Session does not).
    window.dispatchEvent(new Event('pagehide'));
    const kept = { ...sessionStorage };
    first.unmount();
    for (const [name, value] of Object.entries(kept)) sessionStorage.setItem(name, value);
    page();

    const sentAt = Date.now();
    await user.type(await screen.findByLabelText('Verification code'), signUpCode);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    // Confirmed without SignUp's Session: Cognito offers the ways this user has, as the sign-in form would show them.
    const choose = await screen.findByRole('form', { name: 'Choose how to sign in' });
    expect(screen.queryByLabelText('Password'), 'no password field for a user who has none').toBeNull();
    await user.click(within(choose).getByRole('radio', { name: 'A code by email' }));
    await user.click(within(choose).getByRole('button', { name: 'Continue' }));
    const step = await screen.findByRole('form', { name: 'Enter your sign-in code' });
    await user.type(within(step).getByLabelText('Verification code'), await fixture.emulator.codes.waitFor(email, { after: sentAt }));
    await user.click(within(step).getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onRegistered).toHaveBeenCalledTimes(1);
    expect(onRegistered).toHaveBeenCalledWith(email);
    expect(fixture.emulator.requests.count({ target: 'ConfirmSignUp' })).toBe(1);
  });

  it('Authenticator passwordless: "Create an account" asks for the email alone; the code signs in, children show, onSignedIn once', async () => {
    const email = fixture.uniqueEmail('card-nopassword');
    const onSignedIn = vi.fn();
    renderWithKit(
      <Authenticator passwordless onSignedIn={onSignedIn}>
        <p>Welcome in</p>
      </Authenticator>,
      { config: fixture.config({ authFlow: 'USER_AUTH' }) },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Create an account' }));
    const register = await screen.findByRole('form', { name: 'Create an account' });
    expect(within(register).queryByLabelText('Password')).toBeNull();
    expect(within(register).queryByLabelText('Confirm password')).toBeNull();
    await user.type(within(register).getByLabelText('Email'), email);
    await user.click(within(register).getByRole('button', { name: 'Create account' }));
    await user.type(await screen.findByLabelText('Verification code'), await fixture.emulator.codes.waitFor(email));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Welcome in')).toBeInTheDocument();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]![0].user.email).toBe(email);
  });

  it('without `passwordless` the password fields are there and required', async () => {
    renderWithKit(<RegisterForm />, { config: fixture.config({ authFlow: 'USER_AUTH' }) });
    fixture.emulator.requests.clear();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), fixture.uniqueEmail('needs'));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true'));
    expect(fixture.emulator.requests.count({ target: 'SignUp' })).toBe(0);
  });
});
