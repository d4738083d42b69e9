import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import type { NextStep } from '../../src/core/types';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';

// Choice-based sign-in through the kit's own client and wire, against the harness (test/support/user-auth-flow.ts):
// one emulator, one pool that allows passwords, email and SMS codes and passkeys.

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let n = 0;
const address = (label: string) => `pk.${label}.${Date.now().toString(36)}.${n++}@example.com`;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] }, webAuthn: { relyingPartyId: 'localhost' } });
});
afterAll(() => emulator?.stop());

const clientFor = (extra: { preferredChallenge?: 'EMAIL_OTP' } = {}): AuthClient =>
  createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), authFlow: 'USER_AUTH', ...extra });

// `NextStep & { step: S }` rather than Extract: emailOtp and smsOtp share one member of the union.
const expectStep = <S extends NextStep['step']>(step: NextStep, name: S): NextStep & { step: S } => {
  expect(step.step).toBe(name);
  return step as NextStep & { step: S };
};

describe('USER_AUTH against the harness', () => {
  it('the email alone lists the ways; an email code from the inbox signs in', async () => {
    const email = address('choice');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
    const client = clientFor();
    const select = expectStep(await client.signIn({ email }), 'selectChallenge');
    expect(select.options).toEqual(expect.arrayContaining(['PASSWORD', 'EMAIL_OTP']));
    const before = Date.now();
    const code = expectStep(await client.answerChallenge({ kind: 'selectChallenge', challenge: 'EMAIL_OTP' }), 'emailOtp');
    expect(code.delivery?.medium).toBe('EMAIL');
    const sent = await emulator.codes.waitFor(email, { after: before });
    const done = expectStep(await client.answerChallenge({ kind: 'mfaCode', code: sent }), 'done');
    expect(done.session.user.email).toBe(email);
    expect(client.getState().status).toBe('signedIn');
  });

  it('a wrong code is codeMismatch; a new code (a fresh challenge) signs in; the password works as a switch', async () => {
    const email = address('resend');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
    const client = clientFor({ preferredChallenge: 'EMAIL_OTP' });
    const first = Date.now();
    expectStep(await client.signIn({ email }), 'emailOtp');
    const firstCode = await emulator.codes.waitFor(email, { after: first });
    await expect(client.answerChallenge({ kind: 'mfaCode', code: firstCode === '000000' ? '111111' : '000000' })).rejects.toMatchObject({ code: 'codeMismatch' });
    // Cognito ended that session: a new code comes with a fresh challenge for the same way.
    const again = Date.now();
    expectStep(await client.answerChallenge({ kind: 'resendCode' }), 'emailOtp');
    const fresh = await emulator.codes.waitFor(email, { after: again });
    expectStep(await client.answerChallenge({ kind: 'mfaCode', code: fresh }), 'done');

    const other = clientFor({ preferredChallenge: 'EMAIL_OTP' });
    expectStep(await other.signIn({ email }), 'emailOtp');
    expectStep(await other.answerChallenge({ kind: 'selectChallenge', challenge: 'PASSWORD' }), 'password');
    expectStep(await other.answerChallenge({ kind: 'password', password: strongPassword }), 'done');
  });

  it('the password chosen on SELECT_CHALLENGE goes with the choice: one request for the choice and the password (SRP: and its proof)', async () => {
    const email = address('one-trip');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
    const wire = () => emulator.requests.all().map((r) => [r.target, r.authFlow ?? r.challengeName, r.status]);

    emulator.requests.clear();
    const srp = clientFor();
    expectStep(await srp.signIn({ email }), 'selectChallenge');
    // The password step asks Cognito nothing: the choice waits for the password.
    expectStep(await srp.answerChallenge({ kind: 'selectChallenge', challenge: 'PASSWORD_SRP' }), 'password');
    expect(emulator.requests.count()).toBe(1);
    expectStep(await srp.answerChallenge({ kind: 'password', password: strongPassword }), 'done');
    expect(wire()).toEqual([
      ['InitiateAuth', 'USER_AUTH', 200],
      ['RespondToAuthChallenge', 'SELECT_CHALLENGE', 200],
      ['RespondToAuthChallenge', 'PASSWORD_VERIFIER', 200],
    ]);

    emulator.requests.clear();
    const plain = clientFor();
    expectStep(await plain.signIn({ email }), 'selectChallenge');
    expectStep(await plain.answerChallenge({ kind: 'selectChallenge', challenge: 'PASSWORD', password: strongPassword }), 'done');
    expect(wire()).toEqual([
      ['InitiateAuth', 'USER_AUTH', 200],
      ['RespondToAuthChallenge', 'SELECT_CHALLENGE', 200],
    ]);
  });

  it('signs up without a password and is signed in right after confirming, with nothing typed again', async () => {
    const email = address('signup');
    const client = clientFor();
    const before = Date.now();
    const confirm = expectStep(await client.signUp({ email }), 'confirmSignUp');
    expect(confirm.username).toBe(email);
    const code = await emulator.codes.waitFor(email, { after: before });
    const done = expectStep(await client.confirmSignUp({ email, code }), 'done');
    expect(done.session.user.email).toBe(email);
    const factors = await client.getAuthFactors();
    expect(factors.signIn).not.toContain('PASSWORD');
    expect(factors.signIn).toContain('EMAIL_OTP');
  });

  it('passkeys: an empty list at first; without WebAuthn (Node) registering is passkeyUnsupported and sends nothing to complete', async () => {
    const email = address('passkeys');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
    const client = clientFor();
    expectStep(await client.signIn({ email, password: strongPassword }), 'done');
    expect(await client.listPasskeys()).toEqual([]);
    await expect(client.registerPasskey()).rejects.toMatchObject({ code: 'passkeyUnsupported' });
    expect(await client.listPasskeys()).toEqual([]);
  });
});
