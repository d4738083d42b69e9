import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { DeleteAccount, useSession } from '../../src/index.js';
import { createMockAuthClient, failWith, MockAuthProvider } from '../../src/testing/index.js';

function Who() {
  const { status } = useSession();
  return <p data-testid="who">{status}</p>;
}

describe('react-cognito-kit/testing: deleteUser', () => {
  it('the mock deletes its user and ends the session; the call is recorded', async () => {
    const client = createMockAuthClient({ user: { email: 'ada@example.com' } });
    await client.deleteUser();
    expect(client.calls.map((c) => c.method)).toContain('deleteUser');
    expect(client.getState().status).toBe('signedOut');
  });

  it('a scripted failure shows the kit message in DeleteAccount and keeps the session', async () => {
    render(
      <StrictMode>
        <MockAuthProvider user={{ email: 'ada@example.com' }} scripts={{ deleteUser: failWith('network') }}>
          <Who />
          <DeleteAccount />
        </MockAuthProvider>
      </StrictMode>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Cannot reach the sign-in service'));
    expect(screen.getByTestId('who')).toHaveTextContent('signedIn');
  });
});
