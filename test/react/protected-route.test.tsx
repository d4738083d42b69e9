import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { AuthProvider } from '../../src/react/AuthProvider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import { systemTimers, type Timers } from '../../src/core/timers';
import { ProtectedRoute } from '../../src/react/components/ProtectedRoute';
import { useSignOut } from '../../src/react/hooks/useSignOut';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { renderWithKit } from './render-with-kit';

let fixture: EmulatorFixture;
let member: string;
let admin: string;
beforeAll(async () => {
  fixture = await startEmulatorFixture(3);
  const { emulator, pool } = fixture;
  member = fixture.uniqueEmail('member');
  admin = fixture.uniqueEmail('admin');
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, member, strongPassword);
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, admin, strongPassword);
  await emulator.admin.createGroup(pool.userPoolId, 'admin');
  await emulator.admin.addToGroup(pool.userPoolId, admin, 'admin');
});
afterAll(() => fixture?.emulator.stop());

async function signedInClient(email: string, short = false) {
  const storage = createMemoryStorage();
  const client = createAuthClient(fixture.config({ storage, short }));
  await client.signIn({ email, password: strongPassword });
  return { client, storage };
}

function SignOutButton() {
  const signOut = useSignOut();
  return <button onClick={() => signOut.mutate()}>Sign out</button>;
}

describe('ProtectedRoute', () => {
  it('signed out: shows the fallback, or calls the redirect callback', () => {
    const onSignedOut = vi.fn();
    renderWithKit(
      <>
        <ProtectedRoute fallback={<p>Please sign in</p>}>
          <p>Secret</p>
        </ProtectedRoute>
        <ProtectedRoute onSignedOut={onSignedOut}>
          <p>Secret too</p>
        </ProtectedRoute>
      </>,
      { config: fixture.config() },
    );
    expect(screen.getByText('Please sign in')).toBeInTheDocument();
    expect(screen.queryByText(/Secret/)).not.toBeInTheDocument();
    expect(onSignedOut).toHaveBeenCalled();
  });

  it('an inline redirect callback runs once per sign-out, not on every render', () => {
    const onSignedOut = vi.fn();
    const client = createAuthClient(fixture.config());
    const app = (n: number) => (
      <StrictMode>
        <AuthProvider client={client}>
          <ProtectedRoute onSignedOut={() => onSignedOut()}>secret {n}</ProtectedRoute>
        </AuthProvider>
      </StrictMode>
    );
    const view = render(app(1));
    // StrictMode runs the mount effect twice; re-renders with a new arrow each time add nothing.
    const afterMount = onSignedOut.mock.calls.length;
    expect(afterMount).toBeGreaterThanOrEqual(1);
    expect(afterMount).toBeLessThanOrEqual(2);
    view.rerender(app(2));
    view.rerender(app(3));
    expect(onSignedOut).toHaveBeenCalledTimes(afterMount);
  });

  it('signed out with no fallback: a LoginForm is the default', () => {
    renderWithKit(
      <ProtectedRoute>
        <p>Secret</p>
      </ProtectedRoute>,
      { config: fixture.config() },
    );
    expect(screen.getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('signed in: shows the children, and the fallback again after sign-out', async () => {
    const { client } = await signedInClient(member);
    renderWithKit(
      <ProtectedRoute fallback={<p>Please sign in</p>}>
        <p>Secret</p>
        <SignOutButton />
      </ProtectedRoute>,
      { client },
    );
    expect(screen.getByText('Secret')).toBeInTheDocument();
    await act(() => screen.getByRole('button', { name: 'Sign out' }).click());
    await waitFor(() => expect(screen.getByText('Please sign in')).toBeInTheDocument());
  });

  it('checks cognito:groups: a member is denied the admin route, an admin is let in', async () => {
    const route = (
      <ProtectedRoute groups={['admin']}>
        <p>Admin area</p>
      </ProtectedRoute>
    );
    const asMember = renderWithKit(route, { client: (await signedInClient(member)).client });
    expect(screen.getByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(screen.queryByText('Admin area')).not.toBeInTheDocument();
    asMember.unmount();
    renderWithKit(route, { client: (await signedInClient(admin)).client });
    expect(screen.getByText('Admin area')).toBeInTheDocument();
  });

  it('shows the loading state while an expired stored session is refreshed, then the children', async () => {
    const { storage } = await signedInClient(member, true);
    await new Promise((resolve) => setTimeout(resolve, 3_300));
    const client = createAuthClient(fixture.config({ storage, short: true }));
    renderWithKit(
      <ProtectedRoute fallback={<p>Please sign in</p>}>
        <p>Secret</p>
      </ProtectedRoute>,
      { client },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Checking your session…');
    expect(screen.queryByText('Please sign in')).not.toBeInTheDocument();
    await screen.findByText('Secret');
  });
});

describe('AuthProvider under StrictMode', () => {
  it('double effects leave exactly one refresh timer', async () => {
    const pending = new Set<unknown>();
    const timers: Timers = {
      now: systemTimers.now,
      setTimeout: (callback, ms) => {
        const handle = systemTimers.setTimeout(() => {
          pending.delete(handle);
          callback();
        }, ms);
        pending.add(handle);
        return handle;
      },
      clearTimeout: (handle) => {
        pending.delete(handle);
        systemTimers.clearTimeout(handle);
      },
    };
    const storage = createMemoryStorage();
    await createAuthClient(fixture.config({ storage })).signIn({ email: member, password: strongPassword });
    const client = createAuthClient(fixture.config({ storage }), { timers });
    const view = renderWithKit(<p>app</p>, { client });
    expect(client.getState().status).toBe('signedIn');
    expect(pending.size).toBe(1);
    view.unmount();
    expect(pending.size).toBe(0);
  });

  it('hooks outside the provider say how to fix it', async () => {
    const { render } = await import('@testing-library/react');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<SignOutButton />)).toThrow(/useSignOut must be used inside <AuthProvider>/);
    spy.mockRestore();
  });
});
