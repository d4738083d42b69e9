import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

async function signedIn(email = fixture.uniqueEmail(), password = strongPassword) {
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, password);
  const client = fixture.client();
  const step = await client.signIn({ email, password });
  expect(step.step).toBe('done');
  return { client, email };
}

const totpFor = (secret: string) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });

describe('forgot password', () => {
  it('sends a code, rejects a wrong one, resets with the right one, and the new password signs in', async () => {
    const { email } = await signedIn(fixture.uniqueEmail('forgot'));
    const client = fixture.client();
    const sentAt = Date.now();
    const step = await client.forgotPassword(email);
    expect(step).toMatchObject({ step: 'resetPassword', username: email, delivery: { medium: 'EMAIL' } });
    const code = await fixture.emulator.codes.waitFor(email, { after: sentAt });
    await expect(client.confirmForgotPassword({ email, code: code === '000000' ? '111111' : '000000', newPassword: 'New-Password-9' })).rejects.toMatchObject({ code: 'codeMismatch', field: 'code' });
    const done = await client.confirmForgotPassword({ email, code, newPassword: 'New-Password-9', signIn: true });
    expect(done.step).toBe('done');
    await expect(fixture.client().signIn({ email, password: strongPassword })).rejects.toMatchObject({ code: 'invalidCredentials' });
  });

  it('an unknown email is reported as such', async () => {
    await expect(fixture.client().forgotPassword('nobody.at.all@example.com')).rejects.toMatchObject({ code: 'userNotFound' });
  });
});

describe('change password', () => {
  it('a wrong current password has its own message; the right one changes it', async () => {
    const { client, email } = await signedIn(fixture.uniqueEmail('change'));
    await expect(client.changePassword({ currentPassword: 'Not-The-One-1', newPassword: 'Changed-Pass-2' })).rejects.toMatchObject({
      code: 'wrongCurrentPassword',
      field: 'currentPassword',
      message: 'Your current password is not right.',
    });
    await expect(client.changePassword({ currentPassword: strongPassword, newPassword: strongPassword })).rejects.toMatchObject({ code: 'samePassword' });
    await client.changePassword({ currentPassword: strongPassword, newPassword: 'Changed-Pass-2' });
    expect((await fixture.client().signIn({ email, password: 'Changed-Pass-2' })).step).toBe('done');
  });

  it('needs a signed-in user', async () => {
    await expect(fixture.client().changePassword({ currentPassword: 'a', newPassword: 'b' })).rejects.toMatchObject({ code: 'notSignedIn' });
  });
});

describe('first access (admin-created user)', () => {
  it('asks for a new password, then starts the session; the refresh token works afterwards', async () => {
    const email = fixture.uniqueEmail('invited');
    await fixture.emulator.admin.createUser(fixture.pool.userPoolId, email, 'Temp-Pass-123');
    const client = fixture.client();
    const step = await client.signIn({ email, password: 'Temp-Pass-123' });
    expect(step).toMatchObject({ step: 'newPasswordRequired' });
    expect(client.getState().status).toBe('challenge');
    const done = await client.answerChallenge({ kind: 'newPassword', newPassword: 'Chosen-Pass-4' });
    expect(done.step).toBe('done');
    expect(client.getState().status).toBe('signedIn');
    await client.refresh();
    expect((await fixture.client().signIn({ email, password: 'Chosen-Pass-4' })).step).toBe('done');
  });
});

describe('TOTP', () => {
  it('sets up TOTP, then sign-in asks for a code: a wrong one fails, a right one signs in', async () => {
    const { client, email } = await signedIn(fixture.uniqueEmail('totp'));
    const { secret, uri } = await client.startTotpSetup({ issuer: 'Kit Demo' });
    expect(uri).toBe(`otpauth://totp/Kit%20Demo:${encodeURIComponent(email)}?secret=${secret}&issuer=Kit%20Demo`);
    await expect(client.completeTotpSetup({ code: '000000' === totpFor(secret).generate() ? '111111' : '000000' })).rejects.toMatchObject({ code: 'codeMismatch' });
    await client.completeTotpSetup({ code: totpFor(secret).generate() });

    const next = fixture.client();
    expect(await next.signIn({ email, password: strongPassword })).toEqual({ step: 'totpMfa' });
    const wrong = totpFor(secret).generate({ timestamp: Date.now() - 10 * 60_000 });
    await expect(next.answerChallenge({ kind: 'mfaCode', code: wrong })).rejects.toMatchObject({ code: 'codeMismatch' });
    // A wrong code ends the challenge session in Cognito: start again.
    expect(await next.signIn({ email, password: strongPassword })).toEqual({ step: 'totpMfa' });
    const done = await next.answerChallenge({ kind: 'mfaCode', code: totpFor(secret).generate() });
    expect(done.step).toBe('done');
    await next.refresh();
  });
});

describe('SMS MFA (set up through the emulator: no public API sets it)', () => {
  it('sign-in asks for the texted code and accepts it', async () => {
    const { email } = await signedIn(fixture.uniqueEmail('sms'));
    await fixture.emulator.admin.enableSmsMfa(fixture.pool.userPoolId, email, '+15555550123');
    const client = fixture.client();
    const sentAt = Date.now();
    const step = await client.signIn({ email, password: strongPassword });
    expect(step).toMatchObject({ step: 'smsMfa', delivery: { medium: 'SMS' } });
    const code = await fixture.emulator.codes.waitFor('+15555550123', { after: sentAt });
    expect((await client.answerChallenge({ kind: 'mfaCode', code })).step).toBe('done');
  });

  it('with SMS and TOTP both on, asks which one, then the chosen code', async () => {
    const { client: setup, email } = await signedIn(fixture.uniqueEmail('both'));
    const { secret } = await setup.startTotpSetup();
    await setup.completeTotpSetup({ code: totpFor(secret).generate() });
    await fixture.emulator.admin.enableSmsMfa(fixture.pool.userPoolId, email, '+15555550124');
    await setup.setMfaPreference({ sms: 'enabled', totp: 'enabled' });
    const client = fixture.client();
    const step = await client.signIn({ email, password: strongPassword });
    expect(step).toEqual({ step: 'selectMfa', options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] });
    expect(await client.answerChallenge({ kind: 'selectMfa', mfa: 'SOFTWARE_TOKEN_MFA' })).toEqual({ step: 'totpMfa' });
    expect((await client.answerChallenge({ kind: 'mfaCode', code: totpFor(secret).generate() })).step).toBe('done');
  });
});

describe('user attributes', () => {
  it('reads attributes, updates a name (claims refreshed), verifies a changed email with its code', async () => {
    const { client, email } = await signedIn(fixture.uniqueEmail('attrs'));
    expect(await client.getUserAttributes()).toMatchObject({ email, email_verified: 'true' });
    await client.updateUserAttributes({ name: 'Ada Lovelace' });
    expect((await client.getUserAttributes()).name).toBe('Ada Lovelace');

    const newEmail = fixture.uniqueEmail('attrs-new');
    const sentAt = Date.now();
    await client.updateUserAttributes({ email: newEmail });
    expect(client.getState().session!.user.email).toBe(newEmail);
    const code = await fixture.emulator.codes.waitFor(newEmail, { after: sentAt });
    await expect(client.verifyAttribute({ attribute: 'email', code: code === '000000' ? '111111' : '000000' })).rejects.toMatchObject({ code: 'codeMismatch' });
    await client.verifyAttribute({ attribute: 'email', code });
    expect((await client.getUserAttributes()).email_verified).toBe('true');
  });
});

describe('server side (Node, no browser): fromTokens', () => {
  it('restores a session from tokens, then changes the password, refreshes and signs out everywhere', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const { client: browser, email } = await signedIn(fixture.uniqueEmail('server'));
    const tokens = browser.getState().session!.tokens;

    fixture.emulator.requests.clear();
    const server = createAuthClient({ ...fixture.config(), storage: 'memory' });
    const session = await server.fromTokens(tokens);
    expect(session.user.email).toBe(email);
    expect(fixture.emulator.requests.all()).toHaveLength(0);
    await server.changePassword({ currentPassword: strongPassword, newPassword: 'Server-Set-5' });
    await server.refresh();
    await server.signOut({ global: true });
    await expect(browser.refresh()).rejects.toMatchObject({ code: 'sessionRevoked' });
    expect(browser.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'revoked' });
  });

  it('refreshes expired tokens it is given instead of using them', async () => {
    const short = fixture.client({ short: true });
    const email = fixture.uniqueEmail('server-expired');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
    await short.signIn({ email, password: strongPassword });
    const tokens = short.getState().session!.tokens;
    await new Promise((resolve) => setTimeout(resolve, 4_300));
    const server = fixture.client({ short: true });
    fixture.emulator.requests.clear();
    const session = await server.fromTokens(tokens);
    expect(session.tokens.accessToken).not.toBe(tokens.accessToken);
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(1);
  }, 15_000);
});
