import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { LoginForm, RegisterForm, useSession } from '../../src/index.js';
import { createMockAuthClient, MockAuthProvider } from '../../src/testing/index.js';

// react-cognito-kit/testing for apps whose pool signs in by phone number (loginMechanisms): the mock answers as
// Cognito would, with no network (an app's own unit tests cannot reach Cognito).

function Who() {
  const { status, user } = useSession();
  return <p data-testid="who">{`${status} ${String(user?.phone_number ?? '-')}`}</p>;
}

describe('react-cognito-kit/testing with loginMechanisms (mock: an app test has no Cognito)', () => {
  it('signs in by phone number: the mock gets the number in E.164 and the session has it as a claim', async () => {
    const client = createMockAuthClient({ config: { loginMechanisms: ['phone_number'] } });
    render(
      <StrictMode>
        <MockAuthProvider client={client}>
          <Who />
          <LoginForm />
        </MockAuthProvider>
      </StrictMode>,
    );
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'FR');
    await user.type(screen.getByLabelText('Phone number'), '06 12 34 56 78');
    await user.type(screen.getByLabelText('Password'), 'Correct-horse-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('signedIn +33612345678'));
    expect(client.calls.find((c) => c.method === 'signIn')?.args[0]).toBe('+33612345678');
  });

  it('signs up by phone number: the code step says it went by text message', async () => {
    const client = createMockAuthClient({ config: { loginMechanisms: ['phone_number'] } });
    render(
      <MockAuthProvider client={client}>
        <RegisterForm />
      </MockAuthProvider>,
    );
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country code' }, { timeout: 5000 }), 'GB');
    await user.type(screen.getByLabelText('Phone number'), '07700 900123');
    await user.type(screen.getByLabelText('Password'), 'Correct-horse-1');
    await user.type(screen.getByLabelText('Confirm password'), 'Correct-horse-1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Verification code');
    expect(document.body).toHaveTextContent('+*******0123');
    expect(client.calls.find((c) => c.method === 'signUp')?.args.slice(0, 1)).toEqual(['+447700900123']);
  });
});
