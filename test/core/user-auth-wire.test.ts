import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/core/errors';
import type { SignInOutcome, TransportConfig } from '../../src/core/transport-types';
import { checkPreferredChallenge } from '../../src/core/wire/preferred-challenge';
import type { SignInMachinery } from '../../src/core/wire/sign-in';
import { userAuthSignIn } from '../../src/core/wire/user-auth';
import type { Json, Wire } from '../../src/core/wire/wire';

// USER_AUTH's requests field by field, against a scripted Cognito (mocked: exact request bodies and the step objects,
// cheaply; the same flows against the harness are in test/integration/passwordless.test.ts and passkeys.test.ts).

type Answer = Json | ((params: Json) => Json);

function scriptedWire(answers: Record<string, Answer[]>) {
  const sent: Array<{ operation: string; params: Json }> = [];
  const wire: Wire = {
    userPoolId: 'eu-west-1_Test',
    clientId: 'client',
    call: async <T>(operation: string, params: Json) => {
      sent.push({ operation, params });
      const next = answers[operation]?.shift();
      if (!next) throw Object.assign(new Error(`unscripted ${operation}`), { code: 'UnexpectedCall' });
      return (typeof next === 'function' ? next(params) : next) as T;
    },
    accessCall: async () => {
      throw new Error('not used');
    },
    withContext: (_username, params) => params,
  };
  const resumed: Json[] = [];
  const machinery: SignInMachinery = {
    resume: (_username, data) => {
      resumed.push(data as Json);
      return { kind: 'tokens', tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh' } };
    },
    provePassword: async () => {
      throw new Error('SRP is not scripted here');
    },
    deviceKeyOf: () => undefined,
    send: (operation, params) => wire.call(operation, params),
  };
  return { sent, resumed, signIn: userAuthSignIn(wire, machinery, {} as TransportConfig) };
}

const challenge = (outcome: SignInOutcome) => {
  if (outcome.kind !== 'challenge') throw new Error(`expected a challenge, got ${outcome.kind}`);
  return outcome;
};

const tokens = { AuthenticationResult: { IdToken: 'id', AccessToken: 'access', RefreshToken: 'refresh' } };
const emailed = { ChallengeName: 'EMAIL_OTP', Session: 's2', ChallengeParameters: { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' } };

describe('USER_AUTH on the wire (mocked Cognito, for exact request bodies)', () => {
  it('lists the ways Cognito offers, answers SELECT_CHALLENGE with EMAIL_OTP on the same session, then the code', async () => {
    const { sent, resumed, signIn } = scriptedWire({
      InitiateAuth: [{ ChallengeName: 'SELECT_CHALLENGE', Session: 's1', AvailableChallenges: ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN', 'SOMETHING_NEW'] }],
      RespondToAuthChallenge: [emailed, tokens],
    });
    const select = challenge(await signIn('ada@example.com', undefined));
    expect(select.step).toEqual({ step: 'selectChallenge', options: ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] });
    expect(sent[0]).toEqual({
      operation: 'InitiateAuth',
      params: { AuthFlow: 'USER_AUTH', ClientId: 'client', AuthParameters: { USERNAME: 'ada@example.com' }, ClientMetadata: {} },
    });
    const code = challenge(await select.answer({ kind: 'selectChallenge', challenge: 'EMAIL_OTP' }));
    expect(code.step).toMatchObject({ step: 'emailOtp', delivery: { destination: 'a***@e***', medium: 'EMAIL' } });
    expect(sent[1]?.params).toEqual({
      ChallengeName: 'SELECT_CHALLENGE',
      ChallengeResponses: { USERNAME: 'ada@example.com', ANSWER: 'EMAIL_OTP' },
      ClientId: 'client',
      Session: 's1',
    });
    const done = await code.answer({ kind: 'mfaCode', code: ' 123456 ' });
    expect(done.kind).toBe('tokens');
    expect(sent[2]?.params).toEqual({
      ChallengeName: 'EMAIL_OTP',
      ChallengeResponses: { USERNAME: 'ada@example.com', EMAIL_OTP_CODE: '123456' },
      ClientId: 'client',
      Session: 's2',
    });
    expect(resumed).toEqual([tokens]);
  });

  it('a new code is a fresh challenge for the same way; switching ways starts one for the other way', async () => {
    const { sent, signIn } = scriptedWire({
      InitiateAuth: [emailed, { ...emailed, Session: 's3' }, { ChallengeName: 'WEB_AUTHN', Session: 's4', ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: '{}' } }],
    });
    const code = challenge(await signIn('ada@example.com', undefined, { preferredChallenge: 'EMAIL_OTP' }));
    expect(sent[0]?.params.AuthParameters).toEqual({ USERNAME: 'ada@example.com', PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const again = challenge(await code.answer({ kind: 'resendCode' }));
    expect(again.step.step).toBe('emailOtp');
    expect(sent[1]?.params.AuthParameters).toEqual({ USERNAME: 'ada@example.com', PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const passkey = challenge(await again.answer({ kind: 'selectChallenge', challenge: 'WEB_AUTHN' }));
    expect(passkey.step.step).toBe('passkey');
    expect(sent[2]?.params.AuthParameters).toEqual({ USERNAME: 'ada@example.com', PREFERRED_CHALLENGE: 'WEB_AUTHN' });
  });

  it('the password, chosen without one, is its own step; then goes with ANSWER PASSWORD on the choice session', async () => {
    const { sent, signIn } = scriptedWire({
      InitiateAuth: [{ ChallengeName: 'SELECT_CHALLENGE', Session: 's1', AvailableChallenges: ['PASSWORD', 'EMAIL_OTP'] }],
      RespondToAuthChallenge: [tokens],
    });
    const select = challenge(await signIn('ada@example.com', undefined));
    const password = challenge(await select.answer({ kind: 'selectChallenge', challenge: 'PASSWORD' }));
    expect(password.step).toEqual({ step: 'password', options: ['PASSWORD', 'EMAIL_OTP'] });
    expect(sent).toHaveLength(1);
    await expect(password.answer({ kind: 'password', password: '' })).rejects.toThrow(/expects password/);
    expect((await password.answer({ kind: 'password', password: 'Secret#123' })).kind).toBe('tokens');
    expect(sent[1]?.params.ChallengeResponses).toEqual({ USERNAME: 'ada@example.com', ANSWER: 'PASSWORD', PASSWORD: 'Secret#123' });
    expect(sent[1]?.params.Session).toBe('s1');
  });

  it("signs a new user in with ConfirmSignUp's Session: USERNAME and the Session, no way asked for", async () => {
    const { sent, signIn } = scriptedWire({ InitiateAuth: [tokens] });
    expect((await signIn('new@example.com', undefined, { session: 'from-confirm', preferredChallenge: 'EMAIL_OTP' })).kind).toBe('tokens');
    expect(sent[0]?.params).toEqual({
      AuthFlow: 'USER_AUTH',
      ClientId: 'client',
      AuthParameters: { USERNAME: 'new@example.com' },
      ClientMetadata: {},
      Session: 'from-confirm',
    });
  });

  it('a code step refuses an answer of another kind, sending nothing', async () => {
    const { sent, signIn } = scriptedWire({ InitiateAuth: [emailed] });
    const code = challenge(await signIn('ada@example.com', undefined, { preferredChallenge: 'EMAIL_OTP' }));
    await expect(code.answer({ kind: 'passkey' })).rejects.toThrow(/expects code/);
    expect(sent).toHaveLength(1);
  });
});

describe('preferredChallenge is checked as the sign-in starts', () => {
  it('names the fix: USER_AUTH and the five ways', () => {
    expect(() => checkPreferredChallenge('USER_SRP_AUTH', 'EMAIL_OTP')).toThrow(/needs authFlow "USER_AUTH"/);
    expect(() => checkPreferredChallenge('USER_AUTH', 'EMAIL' as never)).toThrow(AuthError);
    expect(() => checkPreferredChallenge('USER_AUTH', 'WEB_AUTHN')).not.toThrow();
    expect(() => checkPreferredChallenge('USER_SRP_AUTH', undefined)).not.toThrow();
  });
});
