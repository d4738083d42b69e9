import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import type { EmulatorPool } from '../support/cognito-emulator';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

// Email MFA and MFA set-up at sign-in, through the kit's client against the harness over HTTP.

let fixture: EmulatorFixture;
/** MFA optional; TOTP and email offered. */
let optional: EmulatorPool;
/** MFA required; TOTP and email offered. */
let required: EmulatorPool;
/** MFA required; TOTP only (the only set-up a pool had before email MFA). */
let requiredTotp: EmulatorPool;

const totp = (secret: string) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

const clientFor = (pool: EmulatorPool, authFlow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' = 'USER_SRP_AUTH'): AuthClient =>
  createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: fixture.emulator.endpoint, storage: createMemoryStorage(), authFlow });

async function userIn(pool: EmulatorPool, label: string): Promise<string> {
  const email = fixture.uniqueEmail(label);
  await fixture.emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  return email;
}

beforeAll(async () => {
  fixture = await startEmulatorFixture();
  optional = await fixture.emulator.createPool({ mfa: { configuration: 'OPTIONAL', email: true } });
  required = await fixture.emulator.createPool({ mfa: { configuration: 'ON', email: true } });
  requiredTotp = await fixture.emulator.createPool({ mfa: { configuration: 'ON' } });
});
afterAll(() => fixture.emulator.stop());

describe('email MFA', () => {
  it('turned on with setMfaPreference; getMfaPreference shows it; sign-in asks for the emailed code (SRP)', async () => {
    const email = await userIn(optional, 'email-mfa');
    const setup = clientFor(optional);
    await setup.signIn({ email, password: strongPassword });
    expect(await setup.getMfaPreference()).toEqual({ enabled: [], preferred: null });
    await setup.setMfaPreference({ email: 'preferred' });
    expect(await setup.getMfaPreference()).toEqual({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });

    const client = clientFor(optional);
    const before = Date.now();
    const step = await client.signIn({ email, password: strongPassword });
    expect(step).toEqual({ step: 'emailMfa', delivery: { destination: 'e***@e***', medium: 'EMAIL' } });
    expect(client.getState().status).toBe('challenge');
    const code = await fixture.emulator.codes.waitFor(email, { after: before });
    await expect(client.answerChallenge({ kind: 'mfaCode', code: otherThan(code) })).rejects.toMatchObject({ code: 'codeMismatch' });
    // A wrong code ends Cognito's session: the right one comes too late, a new code is needed.
    await expect(client.answerChallenge({ kind: 'mfaCode', code })).rejects.toMatchObject({ code: 'expiredCode' });
    const resent = Date.now();
    expect(await client.answerChallenge({ kind: 'resendCode' })).toMatchObject({ step: 'emailMfa' });
    const done = await client.answerChallenge({ kind: 'mfaCode', code: await fixture.emulator.codes.waitFor(email, { after: resent }) });
    expect(done.step).toBe('done');
    expect(client.getState().status).toBe('signedIn');
  });

  it('resendCode signs in again for a new code, which signs in', async () => {
    const email = await userIn(optional, 'email-resend');
    await fixture.emulator.admin.setMfaPreference(optional.userPoolId, email, { email: { enabled: true, preferred: true } });
    const client = clientFor(optional, 'USER_PASSWORD_AUTH');
    const first = Date.now();
    await client.signIn({ email, password: strongPassword });
    await fixture.emulator.codes.waitFor(email, { after: first });
    const second = Date.now();
    expect(await client.answerChallenge({ kind: 'resendCode' })).toMatchObject({ step: 'emailMfa' });
    const newCode = await fixture.emulator.codes.waitFor(email, { after: second });
    expect(fixture.emulator.codes.all().filter((d) => d.email === email && d.kind === 'Authentication')).toHaveLength(2);
    expect((await client.answerChallenge({ kind: 'mfaCode', code: newCode })).step).toBe('done');
  });

  it('a new sign-in drops the step left unanswered: it cannot be answered or resent (its credentials are gone)', async () => {
    const email = await userIn(optional, 'email-abandoned');
    await fixture.emulator.admin.setMfaPreference(optional.userPoolId, email, { email: { enabled: true, preferred: true } });
    const client = clientFor(optional, 'USER_PASSWORD_AUTH');
    expect(await client.signIn({ email, password: strongPassword })).toMatchObject({ step: 'emailMfa' });
    // The user went back and typed a wrong password: the first step must not stay answerable.
    await expect(client.signIn({ email, password: `${strongPassword}x` })).rejects.toMatchObject({ code: 'invalidCredentials' });
    const sent = fixture.emulator.requests.count();
    await expect(client.answerChallenge({ kind: 'resendCode' })).rejects.toMatchObject({ code: 'expiredCode' });
    expect(fixture.emulator.requests.count()).toBe(sent);
  });

  it('with TOTP and email on, selectMfa offers both and EMAIL_OTP leads to the emailed code', async () => {
    const email = await userIn(optional, 'email-select');
    const setup = clientFor(optional);
    await setup.signIn({ email, password: strongPassword });
    const { secret } = await setup.startTotpSetup();
    await setup.completeTotpSetup({ code: totp(secret).generate() });
    await setup.setMfaPreference({ totp: 'enabled', email: 'enabled' });
    expect(await setup.getMfaPreference()).toEqual({ enabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferred: null });

    const client = clientFor(optional);
    expect(await client.signIn({ email, password: strongPassword })).toEqual({ step: 'selectMfa', options: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] });
    const before = Date.now();
    expect(await client.answerChallenge({ kind: 'selectMfa', mfa: 'EMAIL_OTP' })).toMatchObject({ step: 'emailMfa' });
    const code = await fixture.emulator.codes.waitFor(email, { after: before });
    expect((await client.answerChallenge({ kind: 'mfaCode', code })).step).toBe('done');
  });

  it('turning email MFA off signs in without a code again', async () => {
    const email = await userIn(optional, 'email-off');
    await fixture.emulator.admin.setMfaPreference(optional.userPoolId, email, { email: { enabled: true, preferred: true } });
    const client = clientFor(optional);
    const step = await client.signIn({ email, password: strongPassword });
    const code = await fixture.emulator.codes.waitFor(email, { after: Date.now() - 5_000 });
    expect(step.step).toBe('emailMfa');
    await client.answerChallenge({ kind: 'mfaCode', code });
    await client.setMfaPreference({ email: 'disabled' });
    expect(await client.getMfaPreference()).toEqual({ enabled: [], preferred: null });
    expect((await clientFor(optional).signIn({ email, password: strongPassword })).step).toBe('done');
  });

  it('a pool without email MFA refuses to turn it on, and the user keeps signing in without a code', async () => {
    const email = await userIn(fixture.pool, 'email-refused');
    const client = clientFor(fixture.pool);
    await client.signIn({ email, password: strongPassword });
    await expect(client.setMfaPreference({ email: 'preferred' })).rejects.toMatchObject({ cognitoCode: 'InvalidParameterException' });
    expect(await client.getMfaPreference()).toEqual({ enabled: [], preferred: null });
    expect((await clientFor(fixture.pool).signIn({ email, password: strongPassword })).step).toBe('done');
  });
});

describe('MFA set-up at sign-in', () => {
  it('a pool offering both: mfaSetup → TOTP shows the secret, the first code finishes the sign-in; the next sign-in asks for TOTP', async () => {
    const email = await userIn(required, 'setup-totp');
    const client = clientFor(required);
    expect(await client.signIn({ email, password: strongPassword })).toEqual({ step: 'mfaSetup', options: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] });
    const step = await client.answerChallenge({ kind: 'selectMfa', mfa: 'SOFTWARE_TOKEN_MFA' });
    if (step.step !== 'totpSetup') throw new Error(`expected totpSetup, got ${step.step}`);
    expect(step.secret).toMatch(/^[A-Z2-7]+=*$/);
    const stale = totp(step.secret).generate({ timestamp: Date.now() - 10 * 60_000 });
    await expect(client.answerChallenge({ kind: 'mfaCode', code: stale })).rejects.toMatchObject({ code: 'codeMismatch' });
    const done = await client.answerChallenge({ kind: 'mfaCode', code: totp(step.secret).generate(), deviceName: 'Phone' });
    expect(done.step).toBe('done');
    expect(await client.getMfaPreference()).toMatchObject({ enabled: ['SOFTWARE_TOKEN_MFA'] });

    const next = clientFor(required);
    expect(await next.signIn({ email, password: strongPassword })).toEqual({ step: 'totpMfa' });
    expect((await next.answerChallenge({ kind: 'mfaCode', code: totp(step.secret).generate() })).step).toBe('done');
  });

  it('email set-up: the address gets a code; a resend sets up the same address again; the code signs in; the next sign-in asks for an emailed code', async () => {
    const email = await userIn(required, 'setup-email');
    const client = clientFor(required);
    await client.signIn({ email, password: strongPassword });
    expect(await client.answerChallenge({ kind: 'selectMfa', mfa: 'EMAIL_OTP' })).toEqual({ step: 'emailSetup' });
    await expect(client.answerChallenge({ kind: 'emailAddress', email: 'nope' })).rejects.toMatchObject({ cognitoCode: 'InvalidParameterException' });
    const before = Date.now();
    expect(await client.answerChallenge({ kind: 'emailAddress', email })).toEqual({ step: 'emailMfa', delivery: { destination: 's***@e***', medium: 'EMAIL' } });
    await fixture.emulator.codes.waitFor(email, { after: before });
    // The choices made on the way (email, this address) are made again: straight back to the code step.
    const resent = Date.now();
    expect(await client.answerChallenge({ kind: 'resendCode' })).toEqual({ step: 'emailMfa', delivery: { destination: 's***@e***', medium: 'EMAIL' } });
    const code = await fixture.emulator.codes.waitFor(email, { after: resent });
    expect((await client.answerChallenge({ kind: 'mfaCode', code })).step).toBe('done');

    const next = clientFor(required);
    expect((await next.signIn({ email, password: strongPassword })).step).toBe('emailMfa');
  });

  it('a pool offering only TOTP goes straight to totpSetup', async () => {
    const email = await userIn(requiredTotp, 'setup-only-totp');
    const client = clientFor(requiredTotp, 'USER_PASSWORD_AUTH');
    const step = await client.signIn({ email, password: strongPassword });
    if (step.step !== 'totpSetup') throw new Error(`expected totpSetup, got ${step.step}`);
    expect((await client.answerChallenge({ kind: 'mfaCode', code: totp(step.secret).generate() })).step).toBe('done');
  });

  it('after a first-access new password, a pool that requires MFA asks for its set-up before any tokens', async () => {
    const email = fixture.uniqueEmail('setup-after-new-password');
    await fixture.emulator.admin.createUser(required.userPoolId, email, 'Temporary-Pass-1');
    const client = clientFor(required);
    expect((await client.signIn({ email, password: 'Temporary-Pass-1' })).step).toBe('newPasswordRequired');
    const next = await client.answerChallenge({ kind: 'newPassword', newPassword: strongPassword });
    expect(next).toEqual({ step: 'mfaSetup', options: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] });
    expect(client.getState().session).toBeNull();
    const step = await client.answerChallenge({ kind: 'selectMfa', mfa: 'SOFTWARE_TOKEN_MFA' });
    if (step.step !== 'totpSetup') throw new Error(`expected totpSetup, got ${step.step}`);
    expect((await client.answerChallenge({ kind: 'mfaCode', code: totp(step.secret).generate() })).step).toBe('done');
  });

  it('an answer that does not fit the step is refused without a request', async () => {
    const email = await userIn(required, 'setup-misfit');
    const client = clientFor(required);
    await client.signIn({ email, password: strongPassword });
    const sent = fixture.emulator.requests.count();
    await expect(client.answerChallenge({ kind: 'emailAddress', email })).rejects.toBeDefined();
    expect(fixture.emulator.requests.count()).toBe(sent);
  });
});
