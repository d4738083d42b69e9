import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';

// "Send a new code" on an MFA step after a USER_AUTH password sign-in, through the kit's client against the harness
// over HTTP. Cognito has no operation that resends an MFA code: the kit signs in again with the way and the password
// the user gave (never asking for the password again), so the new code is a fresh one and the old one no longer signs in.

let emulator: CognitoEmulator;
/** Passwords and email codes as first factors; MFA optional, TOTP and email offered. */
let pool: EmulatorPool;
let n = 0;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] }, mfa: { configuration: 'OPTIONAL', email: true } });
});
afterAll(() => emulator?.stop());

const clientFor = (): AuthClient =>
  createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), authFlow: 'USER_AUTH' });

async function newUser(label: string): Promise<string> {
  const email = `ua-resend.${label}.${Date.now().toString(36)}.${n++}@example.com`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  return email;
}

/** "Send a new code": the step comes back with a code sent after `after`, different from `old`. */
async function newCode(client: AuthClient, destination: string, step: string, old: string): Promise<string> {
  const after = Date.now();
  expect((await client.answerChallenge({ kind: 'resendCode' })).step).toBe(step);
  let code = await emulator.codes.waitFor(destination, { after });
  // Codes are random: one in a million repeats the old one; ask again rather than prove nothing.
  if (code === old) code = await newCode(client, destination, step, old);
  return code;
}

describe('a new MFA code after a USER_AUTH password sign-in', () => {
  it('email MFA, the password chosen on SELECT_CHALLENGE: a fresh code, not the password step; the old code is refused', async () => {
    const email = await newUser('email');
    await emulator.admin.setMfaPreference(pool.userPoolId, email, { email: { enabled: true, preferred: true } });
    const client = clientFor();
    expect((await client.signIn({ email })).step).toBe('selectChallenge');
    expect((await client.answerChallenge({ kind: 'selectChallenge', challenge: 'PASSWORD_SRP' })).step).toBe('password');
    const first = Date.now();
    expect((await client.answerChallenge({ kind: 'password', password: strongPassword })).step).toBe('emailMfa');
    const old = await emulator.codes.waitFor(email, { after: first });

    const fresh = await newCode(client, email, 'emailMfa', old);
    // The old code belongs to a sign-in that is over: refused (and, as any wrong code, it ends this one too).
    await expect(client.answerChallenge({ kind: 'mfaCode', code: old })).rejects.toMatchObject({ code: 'codeMismatch' });
    const newest = await newCode(client, email, 'emailMfa', fresh);
    expect((await client.answerChallenge({ kind: 'mfaCode', code: newest })).step).toBe('done');
    expect(client.getState().status).toBe('signedIn');
  });

  it('SMS MFA, the password typed with the email: a fresh code by SMS signs in', async () => {
    const email = await newUser('sms');
    const phone = `+1555300${String(n).padStart(4, '0')}`;
    await emulator.admin.enableSmsMfa(pool.userPoolId, email, phone);
    const client = clientFor();
    const first = Date.now();
    expect((await client.signIn({ email, password: strongPassword })).step).toBe('smsMfa');
    const old = await emulator.codes.waitFor(phone, { after: first });
    const fresh = await newCode(client, phone, 'smsMfa', old);
    expect((await client.answerChallenge({ kind: 'mfaCode', code: fresh })).step).toBe('done');
  });

  it('with TOTP and email on, the new code goes by email again: the factor chosen is chosen again', async () => {
    const email = await newUser('select');
    const setup = clientFor();
    expect((await setup.signIn({ email, password: strongPassword })).step).toBe('done');
    const { secret } = await setup.startTotpSetup();
    await setup.completeTotpSetup({ code: new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate() });
    await setup.setMfaPreference({ totp: 'enabled', email: 'enabled' });

    const client = clientFor();
    expect((await client.signIn({ email })).step).toBe('selectChallenge');
    expect((await client.answerChallenge({ kind: 'selectChallenge', challenge: 'PASSWORD', password: strongPassword })).step).toBe('selectMfa');
    const first = Date.now();
    expect((await client.answerChallenge({ kind: 'selectMfa', mfa: 'EMAIL_OTP' })).step).toBe('emailMfa');
    const old = await emulator.codes.waitFor(email, { after: first });
    const fresh = await newCode(client, email, 'emailMfa', old);
    expect((await client.answerChallenge({ kind: 'mfaCode', code: fresh })).step).toBe('done');
  });
});
