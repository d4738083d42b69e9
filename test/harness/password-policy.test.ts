import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { AWS_DEFAULT_PASSWORD_POLICY, passwordPolicyViolation } from '../support/password-policy';
import { callCognito } from './sdk-client';

// Every operation that sets a password refuses one the pool's policy does not allow, as Cognito does, with the
// texts real Cognito answers (sources in test/support/password-policy.ts). The default pool has Cognito's
// default policy: at least 8 characters with a lower and an upper case letter, a number and a symbol.

const STRONG = 'Correct-Horse-7-Battery';
/** Each breaks exactly one rule of the default policy. */
const WEAK = [
  { password: 'Ab1-xyz', rule: 'Password not long enough' },
  { password: 'CORRECT-HORSE-7', rule: 'Password must have lowercase characters' },
  { password: 'correct-horse-7', rule: 'Password must have uppercase characters' },
  { password: 'Correct-Horse-Battery', rule: 'Password must have numeric characters' },
  { password: 'CorrectHorse7Battery', rule: 'Password must have symbol characters' },
];

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let n = 0;
const email = (label: string) => `${label}.${n++}@example.com`;
const call = (target: string, body: unknown) => callCognito(emulator.endpoint, target, body);
const passwordAuth = (username: string, password: string, clientId = pool.clientId) =>
  call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } });
const signUpBody = (address: string, password: string, clientId = pool.clientId) => ({
  ClientId: clientId,
  Username: address,
  Password: password,
  UserAttributes: [{ Name: 'email', Value: address }],
});

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ name: 'password-policy' });
});

afterAll(async () => {
  await emulator?.stop();
});

interface PasswordOperation {
  name: string;
  /** The start of Cognito's message for this operation; the rule follows ": ". */
  prefix: string;
  /** Prepares a user (or a code, a session…) and returns one attempt to set a password, repeatable. */
  setUp(): Promise<{ attempt(password: string): ReturnType<typeof call>; signsInWith(password: string): Promise<boolean> }>;
}

/** Tokens, not a challenge: the password is the user's permanent one. */
const signsIn = async (username: string, password: string) =>
  (await passwordAuth(username, password)).body.AuthenticationResult !== undefined;

const operations: PasswordOperation[] = [
  {
    name: 'SignUp',
    prefix: 'Password did not conform with policy',
    async setUp() {
      const address = email('sign-up');
      return {
        // A refused sign-up stores nothing: the same email can sign up again.
        attempt: (password) => call('SignUp', signUpBody(address, password)),
        signsInWith: async (password) => {
          // Signing in needs a confirmed user; UserNotConfirmedException proves the password matched.
          const answer = await passwordAuth(address, password);
          return answer.body.__type === 'UserNotConfirmedException';
        },
      };
    },
  },
  {
    name: 'AdminCreateUser (TemporaryPassword)',
    prefix: 'Password did not conform with password policy',
    async setUp() {
      const address = email('admin-create');
      return {
        attempt: (password) =>
          call('AdminCreateUser', {
            UserPoolId: pool.userPoolId,
            Username: address,
            TemporaryPassword: password,
            MessageAction: 'SUPPRESS',
            UserAttributes: [{ Name: 'email', Value: address }],
          }),
        signsInWith: async (password) => (await passwordAuth(address, password)).body.ChallengeName === 'NEW_PASSWORD_REQUIRED',
      };
    },
  },
  {
    name: 'AdminSetUserPassword',
    prefix: 'Password does not conform to policy',
    async setUp() {
      const address = email('admin-set');
      await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, STRONG);
      return {
        attempt: (password) =>
          call('AdminSetUserPassword', { UserPoolId: pool.userPoolId, Username: address, Password: password, Permanent: true }),
        signsInWith: (password) => signsIn(address, password),
      };
    },
  },
  {
    name: 'ChangePassword',
    prefix: 'Password does not conform to policy',
    async setUp() {
      const address = email('change');
      await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, STRONG);
      const signedIn = await passwordAuth(address, STRONG);
      const accessToken = (signedIn.body.AuthenticationResult as { AccessToken: string }).AccessToken;
      return {
        attempt: (password) =>
          call('ChangePassword', { AccessToken: accessToken, PreviousPassword: STRONG, ProposedPassword: password }),
        signsInWith: (password) => signsIn(address, password),
      };
    },
  },
  {
    name: 'ConfirmForgotPassword',
    prefix: 'Password does not conform to policy',
    async setUp() {
      const address = email('forgot');
      await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, STRONG);
      const since = Date.now();
      await call('ForgotPassword', { ClientId: pool.clientId, Username: address });
      const code = await emulator.codes.waitFor(address, { after: since });
      return {
        // One code for every attempt: a refused password leaves it usable.
        attempt: (password) =>
          call('ConfirmForgotPassword', { ClientId: pool.clientId, Username: address, ConfirmationCode: code, Password: password }),
        signsInWith: (password) => signsIn(address, password),
      };
    },
  },
  {
    name: 'RespondToAuthChallenge (NEW_PASSWORD_REQUIRED)',
    prefix: 'Password does not conform to policy',
    async setUp() {
      const address = email('invited');
      await emulator.admin.createUser(pool.userPoolId, address, 'Temp-Pass-1');
      const challenge = await passwordAuth(address, 'Temp-Pass-1');
      expect(challenge.body.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
      return {
        attempt: (password) =>
          call('RespondToAuthChallenge', {
            ClientId: pool.clientId,
            ChallengeName: 'NEW_PASSWORD_REQUIRED',
            Session: challenge.body.Session,
            ChallengeResponses: { USERNAME: address, NEW_PASSWORD: password },
          }),
        signsInWith: (password) => signsIn(address, password),
      };
    },
  },
];

describe.each(operations)('$name', ({ prefix, setUp }) => {
  let subject: Awaited<ReturnType<PasswordOperation['setUp']>>;
  beforeAll(async () => {
    subject = await setUp();
  });

  it.each(WEAK)('refuses "$password": $rule', async ({ password, rule }) => {
    expect(await subject.attempt(password)).toEqual({
      status: 400,
      body: { __type: 'InvalidPasswordException', message: `${prefix}: ${rule}` },
    });
    expect(await subject.signsInWith(password)).toBe(false);
  });

  it('accepts a password that meets every rule', async () => {
    expect((await subject.attempt(STRONG)).status).toBe(200);
    // The refused passwords above were tried at sign-in, more than five times: past Cognito's temporary lockout.
    emulator.clock.advance(15 * 60 * 1000);
    try {
      expect(await subject.signsInWith(STRONG)).toBe(true);
    } finally {
      emulator.clock.reset();
    }
  });
});

describe('the API constraints on a password, checked before the policy', () => {
  it('refuses whitespace at either end with InvalidParameterException', async () => {
    const pattern = "Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$";
    expect(await call('SignUp', signUpBody(email('lead'), ` ${STRONG}`))).toEqual({
      status: 400,
      body: {
        __type: 'InvalidParameterException',
        message: `1 validation error detected: Value at 'password' failed to satisfy constraint: ${pattern}`,
      },
    });
    expect(await call('AdminSetUserPassword', { UserPoolId: pool.userPoolId, Username: 'x@example.com', Password: `${STRONG}\t` })).toEqual({
      status: 400,
      body: {
        __type: 'InvalidParameterException',
        message: `1 validation error detected: Value at 'password' failed to satisfy constraint: ${pattern}`,
      },
    });
    const changed = await call('ChangePassword', { AccessToken: 'x.y.z', PreviousPassword: STRONG, ProposedPassword: `${STRONG} ` });
    expect(changed.body.message).toBe(
      `1 validation error detected: Value at 'proposedPassword' failed to satisfy constraint: ${pattern}`,
    );
  });

  it('refuses more than 256 characters', async () => {
    const long = `${STRONG}${'a'.repeat(257 - STRONG.length)}`;
    expect(await call('SignUp', signUpBody(email('long'), long))).toEqual({
      status: 400,
      body: {
        __type: 'InvalidParameterException',
        message: "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 256",
      },
    });
    expect((await call('SignUp', signUpBody(email('long-enough'), long.slice(0, 256)))).status).toBe(200);
  });
});

describe('symbols', () => {
  // The developer guide's list ("Adding user pool password requirements"), plus the space it also counts.
  const documented = '^ $ * . [ ] { } ( ) ? " ! @ # % & / \\ , > < \' : ; | _ ~ ` = + -'.split(' ');

  it.each([...documented, ' '])('"%s" is a symbol', (symbol) => {
    expect(passwordPolicyViolation(`Correct${symbol}Horse7`, AWS_DEFAULT_PASSWORD_POLICY)).toBeUndefined();
  });

  it.each(['€', 'é', '§', '£', '\u00a0'])('"%s" is not', (other) => {
    expect(passwordPolicyViolation(`Correct${other}Horse7`, AWS_DEFAULT_PASSWORD_POLICY)).toBe(
      'Password must have symbol characters',
    );
  });

  it('a space inside the password satisfies the symbol rule at sign-up', async () => {
    expect((await call('SignUp', signUpBody(email('space'), 'Correct Horse 7'))).status).toBe(200);
  });
});

describe("the pool's own policy", () => {
  it('applies the rules the pool states, and only those', async () => {
    const relaxed = await emulator.createPool({
      name: 'relaxed-policy',
      passwordPolicy: {
        MinimumLength: 12,
        RequireUppercase: false,
        RequireLowercase: true,
        RequireNumbers: false,
        RequireSymbols: false,
      },
    });
    expect((await call('SignUp', signUpBody(email('relaxed'), 'short-one', relaxed.clientId))).body).toEqual({
      __type: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password not long enough',
    });
    expect((await call('SignUp', signUpBody(email('relaxed'), 'UPPER-CASE-ONLY', relaxed.clientId))).body).toEqual({
      __type: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password must have lowercase characters',
    });
    expect((await call('SignUp', signUpBody(email('relaxed'), 'onlylowercaseletters', relaxed.clientId))).status).toBe(200);
  });

  it("is Cognito's default for a pool created through the API without Policies", async () => {
    const created = await call('CreateUserPool', { PoolName: 'no-policies', UsernameAttributes: ['email'] });
    const userPoolId = (created.body.UserPool as { Id: string }).Id;
    const client = await call('CreateUserPoolClient', { UserPoolId: userPoolId, ClientName: 'no-policies-client' });
    const clientId = (client.body.UserPoolClient as { ClientId: string }).ClientId;

    expect((await call('SignUp', signUpBody(email('default'), 'short', clientId))).body).toEqual({
      __type: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password not long enough',
    });
    expect((await call('SignUp', signUpBody(email('default'), 'Correct-Horse', clientId))).body).toEqual({
      __type: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password must have numeric characters',
    });
  });
});
