// The README's "Testing your app" example, as an app developer would write it (imports aside: the package
// name resolves to dist/, these to src/).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { LoginForm, ProtectedRoute, useSession } from '../../src/index.js';
import { MockAuthProvider, createMockAuthClient, failWith, hang } from '../../src/testing/index.js';

function App() {
  const { user } = useSession();
  return (
    <ProtectedRoute fallback={<LoginForm />} groups={['admin']}>
      <h1>Admin</h1>
      <p>Signed in as {user?.email}</p>
    </ProtectedRoute>
  );
}

async function signIn(password: string) {
  await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

it('shows the error for a wrong password', async () => {
  render(
    <MockAuthProvider scripts={{ signIn: failWith('invalidCredentials') }}>
      <App />
    </MockAuthProvider>,
  );
  await signIn('wrong');
  expect(await screen.findByText('Incorrect email or password.')).toBeInTheDocument();
});

it('keeps the button disabled while Cognito answers', async () => {
  render(
    <MockAuthProvider scripts={{ signIn: hang() }}>
      <App />
    </MockAuthProvider>,
  );
  await signIn('Correct-horse-1');
  expect(await screen.findByRole('button', { name: 'Signing in…' })).toBeDisabled();
});

it('lets admins in, and only admins', () => {
  const { unmount } = render(
    <MockAuthProvider user={{ email: 'ada@example.com', groups: ['admin'] }}>
      <App />
    </MockAuthProvider>,
  );
  expect(screen.getByRole('heading', { name: 'Admin' })).toBeInTheDocument();
  unmount();

  render(
    <MockAuthProvider user={{ email: 'bob@example.com', groups: ['staff'] }}>
      <App />
    </MockAuthProvider>,
  );
  expect(screen.getByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
});

it('signs in through the real client, and records what it sent', async () => {
  const client = createMockAuthClient({ users: [{ email: 'ada@example.com', groups: ['admin'] }] });
  render(
    <MockAuthProvider client={client}>
      <App />
    </MockAuthProvider>,
  );
  await signIn('Correct-horse-1');
  expect(await screen.findByText('Signed in as ada@example.com')).toBeInTheDocument();
  // The sign-in input and ConfirmSignUp's session (none here) go along for choice-based sign-in (USER_AUTH).
  expect(client.calls).toEqual([
    { method: 'signIn', args: ['ada@example.com', 'Correct-horse-1', 'USER_SRP_AUTH', { email: 'ada@example.com', password: 'Correct-horse-1' }, undefined] },
  ]);
});
