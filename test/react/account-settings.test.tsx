import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccountSettings } from '../../src/react/components/AccountSettings';
import { Authenticator } from '../../src/react/components/Authenticator';
import { DeleteAccount } from '../../src/react/components/DeleteAccount';
import { ProfileAttributes } from '../../src/react/components/ProfileAttributes';
import { startEmulatorFixture, strongPassword, type EmulatorFixture, confirmedUser, signedInClient } from '../support/emulator-fixture';
import { renderWithBadge } from './render-with-kit';

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

describe('DeleteAccount (against the emulator)', () => {
  it('needs the typed word; then the user is gone and the session has ended', async () => {
    const email = await confirmedUser(fixture, 'delete-ui');
    const client = await signedInClient(fixture, email);
    const onDeleted = vi.fn();
    renderWithBadge(<DeleteAccount onDeleted={onDeleted} />, { client });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    const word = screen.getByLabelText('Type DELETE to confirm');
    await waitFor(() => expect(word).toHaveFocus());
    await user.type(word, 'delete');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(word).toHaveAttribute('aria-invalid', 'true'));
    expect(fixture.emulator.requests.count({ target: 'DeleteUser' })).toBe(0);

    await user.clear(word);
    await user.type(word, 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('session')).toHaveTextContent('signedOut');
    await expect(fixture.client().signIn({ email, password: strongPassword })).rejects.toMatchObject({ code: 'invalidCredentials' });
  });

  it('Cancel goes back to the start button, with focus on it', async () => {
    const client = await signedInClient(fixture, await confirmedUser(fixture, 'cancel-ui'));
    renderWithBadge(<DeleteAccount />, { client });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete account…' })).toHaveFocus());
  });
});

describe('ProfileAttributes (against the emulator)', () => {
  it('a changed email is confirmed with the emailed code; a wrong code is said once, under the field', async () => {
    const client = await signedInClient(fixture, await confirmedUser(fixture, 'profile-ui'));
    renderWithBadge(<ProfileAttributes />, { client });
    const user = userEvent.setup();
    const email = await screen.findByLabelText('Email');
    const newEmail = fixture.uniqueEmail('changed');
    await user.clear(email);
    await user.type(email, newEmail);
    const sentAt = Date.now();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const form = await screen.findByRole('form', { name: 'Confirm your new email address' });
    const code = await fixture.emulator.codes.waitFor(newEmail, { after: sentAt });
    const field = within(form).getByLabelText('Verification code');
    await user.type(field, code === '000000' ? '111111' : '000000');
    await user.click(within(form).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    // Under the field, and in the (visually hidden while a field shows it) alert for screen readers only.
    expect(within(form).getAllByText(/That code is not right/).filter((n) => n.classList.contains('rck-field-error'))).toHaveLength(1);
    await user.clear(field);
    await user.type(field, code);
    await user.click(within(form).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved and confirmed.'));
    expect((await client.getUserAttributes()).email).toBe(newEmail);
  });
});

describe('AccountSettings', () => {
  it('composes every section, the passkeys slot and the sections of the app', async () => {
    const client = await signedInClient(fixture, await confirmedUser(fixture, 'settings-ui'));
    renderWithBadge(
      <AccountSettings hide={['devices']} passkeys={<section aria-label="Passkeys slot" />}>
        <section aria-label="Mine" />
      </AccountSettings>,
      { client },
    );
    for (const name of ['Account settings', 'Profile', 'Change password', 'Two-step verification', 'Sign out everywhere', 'Delete account']) {
      expect(await screen.findByRole('heading', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('heading', { name: 'Your devices' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Passkeys slot' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Mine' })).toBeInTheDocument();
  });
});

describe('Authenticator (against the emulator)', () => {
  it('switches to create account and back without a router, focus on the first field; signs in and shows children', async () => {
    const email = await confirmedUser(fixture, 'authenticator-ui');
    renderWithBadge(<Authenticator><p>Welcome in</p></Authenticator>, { config: fixture.config() });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Create an account' }));
    const register = await screen.findByRole('form', { name: 'Create an account' });
    await waitFor(() => expect(within(register).getByLabelText('Email')).toHaveFocus());
    await user.click(within(register).getByRole('link', { name: 'I already have an account' }));
    const signIn = await screen.findByRole('form', { name: 'Sign in' });
    await user.type(within(signIn).getByLabelText('Email'), email);
    await user.type(within(signIn).getByLabelText('Password'), strongPassword);
    await user.click(within(signIn).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Welcome in', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});
