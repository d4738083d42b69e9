import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoTransport, type SignInOutcome } from '../../src/core/cognito-transport';
import { encodedDataFor, installAdvancedSecurityData } from '../support/advanced-security-data';
import { tokensFor } from '../support/unsigned-jwt';

// Challenge answers: CognitoUser's own completeNewPasswordChallenge / sendMFACode / sendCustomChallengeAnswer vs
// the kit's transport, against the same fake Cognito. The kit must send the same requests byte for byte and
// reach the same steps, without building the SDK's AuthenticationHelper (a ~100 ms jsbn task: its constructor
// computes an SRP A) unless Cognito answers with NewDeviceMetadata.

interface SdkCallbacks {
  onSuccess(session: unknown): void;
  onFailure(err: unknown): void;
  [name: string]: unknown;
}
type Request = (operation: string, params: Record<string, unknown>, callback: (err: unknown, data?: unknown) => void) => void;
interface SdkUser {
  setAuthenticationFlowType(flow: string): void;
  authenticateUser(details: unknown, callbacks: SdkCallbacks): void;
  completeNewPasswordChallenge(password: string, attributes: Record<string, string>, callbacks: SdkCallbacks): void;
  sendMFACode(code: string, callbacks: SdkCallbacks, mfaType: string): void;
  sendCustomChallengeAnswer(answer: string, callbacks: SdkCallbacks): void;
  sendMFASelectionAnswer(mfa: string, callbacks: SdkCallbacks): void;
}

const require = createRequire(import.meta.url);
const sdk = require('amazon-cognito-identity-js') as {
  AuthenticationHelper: { prototype: { generateRandomSmallA(): unknown } };
  AuthenticationDetails: new (data: { Username: string; Password: string }) => unknown;
  CognitoUserPool: new (data: { UserPoolId: string; ClientId: string; endpoint: string; Storage?: unknown }) => {
    client: { constructor: { prototype: { request: Request } } };
  };
  CognitoUser: new (data: { Username: string; Pool: unknown; Storage?: unknown }) => SdkUser;
};

const POOL_ID = 'eu-west-1_AbCd1234';
const CLIENT_ID = 'client-abc';
const ENDPOINT = 'http://127.0.0.1:1';
const EMAIL = 'ada@example.com';
const PASSWORD = 'Temporary-Pass-1';
const NEW_PASSWORD = 'Correct-Horse-9 ünïcødé';
const ATTRIBUTES = { name: 'Ada Lovelace', 'custom:team': 'engines' };
const CODE = '123456';
const tokens = tokensFor({ sub: '6f1c2b9e-1111-4222-8333-944445555666', email: EMAIL, iat: 1_800_000_000, lifetime: 3600 });
const DEVICE = { DeviceKey: 'eu-west-1_device-1', DeviceGroupKey: '-group-1' };

/** What the fake Cognito answers to each RespondToAuthChallenge, by ChallengeName. */
type Script = Record<string, { error?: { code: string; message: string }; data?: Record<string, unknown> }>;

const clientPrototype = new sdk.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: ENDPOINT }).client.constructor.prototype;
/** Every request as the SDK's Client would put it on the wire (JSON.stringify of its params), with helpers built so far. */
const sent: Array<{ operation: string; body: string; helpersBefore: number }> = [];
let helpersBuilt = 0;
let script: Script = {};

const authenticationResult = (extra: Record<string, unknown> = {}) => ({
  AuthenticationResult: { IdToken: tokens.idToken, AccessToken: tokens.accessToken, RefreshToken: tokens.refreshToken, ...extra },
});
const newPasswordChallenge = {
  ChallengeName: 'NEW_PASSWORD_REQUIRED',
  Session: 'session-new-password',
  ChallengeParameters: {
    USER_ID_FOR_SRP: EMAIL,
    userAttributes: JSON.stringify({ email: EMAIL, email_verified: 'true', name: '' }),
    requiredAttributes: JSON.stringify(['userAttributes.name', 'userAttributes.custom:team']),
  },
};

const fakeCognito: Request = (operation, params, callback) => {
  sent.push({ operation, body: JSON.stringify(params), helpersBefore: helpersBuilt });
  queueMicrotask(() => {
    if (operation === 'ConfirmDevice') return callback(null, { UserConfirmationNecessary: false });
    const key = operation === 'InitiateAuth' ? 'InitiateAuth' : String(params.ChallengeName);
    const reply = script[key];
    if (!reply) return callback(Object.assign(new Error(`unscripted ${key}`), { code: 'InvalidParameterException' }));
    if (reply.error) return callback(Object.assign(new Error(reply.error.message), { code: reply.error.code, name: reply.error.code }));
    return callback(null, reply.data);
  });
};

/** A fresh in-memory storage: the SDK caches device keys there, and they must not leak between runs. */
const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    setItem: (k: string, v: string) => void items.set(k, v),
    getItem: (k: string) => items.get(k) ?? null,
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
  };
};

/**
 * The SDK on its own: authenticateUser, then each challenge answered with the SDK's method for it. Resolves to the
 * step names it went through and how many AuthenticationHelpers each answer built.
 */
function sdkSignIn(answers: { newPassword?: string; customAnswer?: string }) {
  const Storage = memoryStorage();
  const pool = new sdk.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: ENDPOINT, Storage });
  const user = new sdk.CognitoUser({ Username: EMAIL, Pool: pool, Storage });
  user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
  const steps: string[] = [];
  const builtByAnswer: Record<string, number> = {};
  const measured = (name: string, run: () => void) => {
    const before = helpersBuilt;
    run();
    // The helper is built synchronously, before the request goes out.
    builtByAnswer[name] = helpersBuilt - before;
  };
  return new Promise<{ steps: string[]; builtByAnswer: Record<string, number> }>((resolve, reject) => {
    const callbacks: SdkCallbacks = {
      onSuccess: () => resolve({ steps: [...steps, 'tokens'], builtByAnswer }),
      onFailure: reject,
      newPasswordRequired: () => {
        steps.push('newPasswordRequired');
        measured('newPassword', () => user.completeNewPasswordChallenge(answers.newPassword ?? NEW_PASSWORD, ATTRIBUTES, callbacks));
      },
      totpRequired: () => {
        steps.push('totpMfa');
        measured('totp', () => user.sendMFACode(CODE, callbacks, 'SOFTWARE_TOKEN_MFA'));
      },
      customChallenge: () => {
        steps.push('customChallenge');
        measured('custom', () => user.sendCustomChallengeAnswer(answers.customAnswer ?? 'forty-two', callbacks));
      },
      selectMFAType: () => {
        steps.push('selectMfa');
        measured('select', () => user.sendMFASelectionAnswer('SMS_MFA', callbacks));
      },
      mfaRequired: () => {
        steps.push('smsMfa');
        measured('sms', () => user.sendMFACode(CODE, callbacks, 'SMS_MFA'));
      },
    };
    user.authenticateUser(new sdk.AuthenticationDetails({ Username: EMAIL, Password: PASSWORD }), callbacks);
  });
}

/** The same sign-in through the kit's transport; counts helpers built while each answer is pending. */
async function kitSignIn(answers: { newPassword?: string; customAnswer?: string }) {
  const transport = createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT });
  const steps: string[] = [];
  const builtByAnswer: Record<string, number> = {};
  let outcome: SignInOutcome = await transport.signIn(EMAIL, PASSWORD, 'USER_PASSWORD_AUTH');
  while (outcome.kind === 'challenge') {
    const { step } = outcome;
    steps.push(step.step);
    const before = helpersBuilt;
    if (step.step === 'newPasswordRequired') {
      expect(step.requiredAttributes).toEqual(['name', 'custom:team']);
      expect(step.userAttributes).toEqual({ email: EMAIL, name: '' });
      outcome = await outcome.answer({ kind: 'newPassword', newPassword: answers.newPassword ?? NEW_PASSWORD, attributes: ATTRIBUTES });
      builtByAnswer.newPassword = helpersBuilt - before;
    } else if (step.step === 'totpMfa') {
      outcome = await outcome.answer({ kind: 'mfaCode', code: CODE });
      builtByAnswer.totp = helpersBuilt - before;
    } else if (step.step === 'customChallenge') {
      expect(step.parameters).toEqual({ question: 'six times seven?' });
      outcome = await outcome.answer({ kind: 'customAnswer', answer: answers.customAnswer ?? 'forty-two' });
      builtByAnswer.custom = helpersBuilt - before;
    } else if (step.step === 'selectMfa') {
      outcome = await outcome.answer({ kind: 'selectMfa', mfa: 'SMS_MFA' });
      builtByAnswer.select = helpersBuilt - before;
    } else if (step.step === 'smsMfa') {
      outcome = await outcome.answer({ kind: 'mfaCode', code: CODE });
      builtByAnswer.sms = helpersBuilt - before;
    } else {
      throw new Error(`unexpected step ${step.step}`);
    }
  }
  expect(outcome).toEqual({ kind: 'tokens', tokens });
  return { steps: [...steps, 'tokens'], builtByAnswer };
}

beforeEach(() => {
  sent.length = 0;
  helpersBuilt = 0;
  vi.spyOn(clientPrototype, 'request').mockImplementation(fakeCognito);
  // Only AuthenticationHelper's constructor draws a small a: one call, one helper built.
  const draw = sdk.AuthenticationHelper.prototype.generateRandomSmallA;
  vi.spyOn(sdk.AuthenticationHelper.prototype, 'generateRandomSmallA').mockImplementation(function (this: unknown) {
    helpersBuilt += 1;
    return draw.call(this);
  });
});
afterEach(() => vi.restoreAllMocks());

/** Runs the SDK, then the kit, on the same script; returns both runs and their requests. */
async function bothOn(answers: { newPassword?: string; customAnswer?: string } = {}) {
  const bySdk = await sdkSignIn(answers);
  const sdkRequests = sent.splice(0);
  helpersBuilt = 0;
  const byKit = await kitSignIn(answers);
  return { bySdk, byKit, sdkRequests, kitRequests: sent.splice(0) };
}
const bodies = (requests: typeof sent) => requests.map(({ operation, body }) => ({ operation, body }));

describe('challenge answers: the SDK methods vs the kit transport', () => {
  it('NEW_PASSWORD_REQUIRED then SOFTWARE_TOKEN_MFA: same requests byte for byte, same steps, no AuthenticationHelper built by the kit', async () => {
    script = {
      InitiateAuth: { data: newPasswordChallenge },
      NEW_PASSWORD_REQUIRED: { data: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'session-totp', ChallengeParameters: {} } },
      SOFTWARE_TOKEN_MFA: { data: authenticationResult() },
    };
    const { bySdk, byKit, sdkRequests, kitRequests } = await bothOn();

    expect(bySdk.steps).toEqual(['newPasswordRequired', 'totpMfa', 'tokens']);
    expect(byKit.steps).toEqual(bySdk.steps);
    expect(sdkRequests.map((r) => r.operation)).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge']);
    expect(bodies(kitRequests)).toEqual(bodies(sdkRequests));
    // The answers carry the sign-in session, the prefixed attributes, and the code.
    expect(JSON.parse(kitRequests[1]!.body)).toEqual({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ClientId: CLIENT_ID,
      ChallengeResponses: { 'userAttributes.name': 'Ada Lovelace', 'userAttributes.custom:team': 'engines', NEW_PASSWORD: NEW_PASSWORD, USERNAME: EMAIL },
      Session: 'session-new-password',
    });
    expect(JSON.parse(kitRequests[2]!.body)).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'session-totp' });

    // The SDK's completeNewPasswordChallenge builds a helper (and its sign-in one more); the kit none at all.
    expect(bySdk.builtByAnswer).toEqual({ newPassword: 1, totp: 0 });
    expect(sdkRequests.map((r) => r.helpersBefore)).toEqual([1, 2, 2]);
    expect(byKit.builtByAnswer).toEqual({ newPassword: 0, totp: 0 });
    expect(kitRequests.map((r) => r.helpersBefore)).toEqual([0, 0, 0]);
    expect(helpersBuilt).toBe(0);
  });

  it('CUSTOM_CHALLENGE: the same answer byte for byte, no AuthenticationHelper built by the kit', async () => {
    script = {
      InitiateAuth: { data: { ChallengeName: 'CUSTOM_CHALLENGE', Session: 'session-custom', ChallengeParameters: { question: 'six times seven?' } } },
      CUSTOM_CHALLENGE: { data: authenticationResult() },
    };
    const { bySdk, byKit, sdkRequests, kitRequests } = await bothOn();
    expect(byKit.steps).toEqual(['customChallenge', 'tokens']);
    expect(byKit.steps).toEqual(bySdk.steps);
    expect(bodies(kitRequests)).toEqual(bodies(sdkRequests));
    expect(JSON.parse(kitRequests[1]!.body)).toEqual({
      ChallengeName: 'CUSTOM_CHALLENGE',
      ChallengeResponses: { USERNAME: EMAIL, ANSWER: 'forty-two' },
      ClientId: CLIENT_ID,
      Session: 'session-custom',
    });
    expect(bySdk.builtByAnswer).toEqual({ custom: 1 });
    expect(byKit.builtByAnswer).toEqual({ custom: 0 });
    expect(helpersBuilt).toBe(0);
  });

  it('NewDeviceMetadata: the same answers; the SDK confirms the device, the kit takes the tokens and does not', async () => {
    // Remembered devices are not a kit feature: the key ConfirmDevice registers would have to be stored and
    // sent at every sign-in (DEVICE_SRP_AUTH). The SDK's confirmation went to a scratch storage and was lost.
    script = {
      InitiateAuth: { data: newPasswordChallenge },
      NEW_PASSWORD_REQUIRED: { data: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'session-totp', ChallengeParameters: {} } },
      SOFTWARE_TOKEN_MFA: { data: authenticationResult({ NewDeviceMetadata: DEVICE }) },
    };
    const { bySdk, byKit, sdkRequests, kitRequests } = await bothOn();
    expect(byKit.steps).toEqual(bySdk.steps);
    expect(byKit.steps.at(-1)).toBe('tokens');
    const answers = ['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge'];
    expect(sdkRequests.map((r) => r.operation)).toEqual([...answers, 'ConfirmDevice']);
    expect(kitRequests.map((r) => r.operation)).toEqual(answers);
    expect(bodies(kitRequests)).toEqual(bodies(sdkRequests.slice(0, 3)));
    expect(helpersBuilt).toBe(0);
  });

  it('errors: an empty new password is refused before any request, a refused answer rejects with Cognito’s error', async () => {
    script = { InitiateAuth: { data: newPasswordChallenge } };
    const sdkEmpty = await sdkSignIn({ newPassword: '' }).catch((e: unknown) => e);
    const sdkEmptyRequests = sent.splice(0);
    const kitEmpty = await kitSignIn({ newPassword: '' }).catch((e: unknown) => e);
    expect(kitEmpty).toEqual(new Error('New password is required.'));
    expect(kitEmpty).toEqual(sdkEmpty);
    expect(bodies(sent.splice(0))).toEqual(bodies(sdkEmptyRequests));

    script = {
      InitiateAuth: { data: newPasswordChallenge },
      NEW_PASSWORD_REQUIRED: { error: { code: 'InvalidPasswordException', message: 'Password does not conform to policy' } },
    };
    const sdkRefused = await sdkSignIn({}).catch((e: unknown) => e);
    const sdkRequests = sent.splice(0);
    const kitRefused = await kitSignIn({}).catch((e: unknown) => e);
    expect(kitRefused).toMatchObject({ code: 'InvalidPasswordException', message: 'Password does not conform to policy' });
    expect(kitRefused).toEqual(sdkRefused);
    expect(bodies(sent)).toEqual(bodies(sdkRequests));
  });
});

describe('threat protection: every challenge answer carries UserContextData as the SDK’s does', () => {
  let restoreGlobal = () => {};
  afterEach(() => {
    restoreGlobal();
    restoreGlobal = () => {};
  });
  const scripts: Record<string, Script> = {
    'NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA': {
      InitiateAuth: { data: newPasswordChallenge },
      NEW_PASSWORD_REQUIRED: { data: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'session-totp', ChallengeParameters: {} } },
      SOFTWARE_TOKEN_MFA: { data: authenticationResult() },
    },
    'SELECT_MFA_TYPE, SMS_MFA': {
      InitiateAuth: { data: { ChallengeName: 'SELECT_MFA_TYPE', Session: 'session-select', ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' } } },
      SELECT_MFA_TYPE: { data: { ChallengeName: 'SMS_MFA', Session: 'session-sms', ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******0100' } } },
      SMS_MFA: { data: authenticationResult() },
    },
    CUSTOM_CHALLENGE: {
      InitiateAuth: { data: { ChallengeName: 'CUSTOM_CHALLENGE', Session: 'session-custom', ChallengeParameters: { question: 'six times seven?' } } },
      CUSTOM_CHALLENGE: { data: authenticationResult() },
    },
  };

  it.each(Object.keys(scripts))('%s: with the collection script, the same requests byte for byte, each with the context last', async (name) => {
    restoreGlobal = installAdvancedSecurityData();
    script = scripts[name]!;
    const { bySdk, byKit, sdkRequests, kitRequests } = await bothOn();
    expect(byKit.steps).toEqual(bySdk.steps);
    expect(byKit.steps.at(-1)).toBe('tokens');
    expect(kitRequests.length).toBe(byKit.steps.length);
    expect(bodies(kitRequests)).toEqual(bodies(sdkRequests));
    for (const { body } of kitRequests) {
      const fields = JSON.parse(body) as Record<string, unknown>;
      expect(fields.UserContextData).toEqual({ EncodedData: encodedDataFor(EMAIL, POOL_ID, CLIENT_ID) });
      expect(Object.keys(fields).at(-1)).toBe('UserContextData');
    }
  });

  it.each(Object.keys(scripts))('%s: none without the script, nor where it answers nothing', async (name) => {
    script = scripts[name]!;
    const { sdkRequests, kitRequests } = await bothOn();
    expect(bodies(kitRequests)).toEqual(bodies(sdkRequests));
    restoreGlobal = installAdvancedSecurityData(() => undefined);
    const answered = await bothOn();
    for (const { body } of [...kitRequests, ...answered.kitRequests]) expect(body).not.toContain('UserContextData');
    // The SDK sends an empty one then; Cognito takes either.
    expect(answered.sdkRequests.every(({ body }) => body.endsWith(',"UserContextData":{}}'))).toBe(true);
  });
});
