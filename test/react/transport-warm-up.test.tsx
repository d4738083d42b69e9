import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { transportBuilt } from '../../src/core/cognito-transport';
import { LoginForm } from '../../src/react/components/LoginForm';
import { startEmulatorFixture, type EmulatorFixture } from '../support/emulator-fixture';
import { renderWithKit } from './render-with-kit';

// Issue #17: the first "Sign in" must not build the transport (the SDK's Client, the wire's operations) in its
// click's task: LoginForm has it built while the page is idle.
let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

describe('LoginForm', () => {
  it('has the transport built at idle after it mounts, before anyone clicks, without a request', async () => {
    const client = createAuthClient(fixture.config());
    fixture.emulator.requests.clear();
    renderWithKit(<LoginForm />, { client });
    await screen.findByRole('button', { name: 'Sign in' });
    expect(transportBuilt(client.config)).toBe(false);
    await waitFor(() => expect(transportBuilt(client.config)).toBe(true), { timeout: 5000 });
    expect(fixture.emulator.requests.all()).toHaveLength(0);
  });
});
