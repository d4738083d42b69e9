import { nextTaskOrHide } from '../next-task.js';
import { loadSrp } from '../srp/load-srp.js';
import type { ChallengeAnswer, CognitoTransport, SignInOutcome } from '../transport-types.js';
import type { ChallengeStep } from '../types.js';
import type { DeviceAuth } from './device-auth.js';
import { cognitoTimestamp } from './timestamp.js';
import { mfaSetupSteps } from './mfa-setup.js';
import type { AuthResponse, Wire } from './wire.js';

/** The prefix Cognito puts on attribute names in NEW_PASSWORD_REQUIRED. */
const USER_ATTRIBUTES_PREFIX = 'userAttributes.';

const parseJson = <T>(text: string | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

type SrpSession = Awaited<ReturnType<Awaited<ReturnType<typeof loadSrp>>['startSignInSrp']>>;

/** What USER_AUTH (./user-auth.ts) shares with the password sign-in: the steps after the first factor, the SRP proof. */
export interface SignInMachinery {
  /** MFA, a new password, a device's proof or the tokens: whatever Cognito answered, as the password sign-in handles it. */
  resume(username: string, data: AuthResponse): SignInOutcome | Promise<SignInOutcome>;
  /** Answers PASSWORD_VERIFIER with the password's SRP proof. */
  provePassword(username: string, password: string, srp: SrpSession, started: AuthResponse): Promise<SignInOutcome>;
  /** This browser's remembered device key for the user, if any. */
  deviceKeyOf(username: string): string | undefined;
  /** Sends a request that may carry DEVICE_KEY; a key Cognito no longer knows is dropped and the request sent again. */
  send: DeviceAuth['withoutStaleDevice'];
}

export function signInOperations(wire: Wire, devices: DeviceAuth): Pick<CognitoTransport, 'signIn'> & SignInMachinery {
  const { userPoolId, clientId: ClientId, call, withContext } = wire;
  const poolName = userPoolId.split('_')[1] ?? '';
  const setup = mfaSetupSteps(wire);
  const deviceKeyOf = (who: string) => devices.deviceOf(who)?.deviceKey;

  /** A step for the user; its answer goes to Cognito with the session that asked it. */
  const ask = (username: string, step: ChallengeStep, session: string | undefined, name?: string): SignInOutcome => ({
    kind: 'challenge',
    step,
    answer: (answer) => respond(username, session, answer, step, name),
  });

  /** Turns a sign-in answer into tokens or the next challenge, whose answer carries the sign-in session on. */
  function outcome(username: string, data: AuthResponse, rememberDevice?: boolean): SignInOutcome | Promise<SignInOutcome> {
    const { ChallengeName: name, ChallengeParameters: parameters = {}, Session, AuthenticationResult: result } = data;
    const device = name === 'DEVICE_SRP_AUTH' && devices.deviceOf(username);
    if (device) return devices.proveDevice(username, Session, device).then((proved) => outcome(username, proved, rememberDevice));
    const challenge = (step: ChallengeStep, session = Session) => ask(username, step, session, name);
    switch (name) {
      case 'SMS_MFA':
        return challenge({
          step: 'smsMfa',
          delivery: { destination: parameters.CODE_DELIVERY_DESTINATION, medium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM ?? 'SMS' },
        });
      case 'SOFTWARE_TOKEN_MFA':
        return challenge({ step: 'totpMfa' });
      // The API reference names the challenge both ways.
      case 'EMAIL_OTP':
      case 'EMAIL_MFA':
        return challenge({
          step: 'emailMfa',
          delivery: { destination: parameters.CODE_DELIVERY_DESTINATION, medium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM ?? 'EMAIL' },
        });
      case 'SELECT_MFA_TYPE':
        return challenge({ step: 'selectMfa', options: parseJson(parameters.MFAS_CAN_CHOOSE, ['SMS_MFA', 'SOFTWARE_TOKEN_MFA']) });
      case 'MFA_SETUP':
        return setup.start(parameters.MFAS_CAN_SETUP, Session, challenge);
      case 'CUSTOM_CHALLENGE':
        return challenge({ step: 'customChallenge', parameters });
      case 'NEW_PASSWORD_REQUIRED': {
        // Cognito rejects these two if sent back with the new password.
        const { email_verified: _e, phone_number_verified: _p, ...userAttributes } = parseJson<Record<string, string>>(parameters.userAttributes, {});
        const required = parseJson<string[]>(parameters.requiredAttributes, []);
        return challenge({
          step: 'newPasswordRequired',
          requiredAttributes: required.map((name) => name.slice(USER_ATTRIBUTES_PREFIX.length)),
          userAttributes,
        });
      }
    }
    if (!result?.IdToken || !result.AccessToken || !result.RefreshToken) {
      throw Object.assign(new Error(`Unsupported sign-in step ${name}`), { code: 'UnsupportedError' });
    }
    const tokens = { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken };
    // The session (its tokens decoded, the store, React's render of it) begins in a task of its own, not in the one
    // that read Cognito's answer: both in one made a task of ~80 ms at 4× CPU throttling (issue #17).
    return devices.confirmNewDevice({ kind: 'tokens', tokens }, result.NewDeviceMetadata, rememberDevice).then((done) => nextTaskOrHide().then(() => done));
  }

  async function respond(
    username: string,
    Session: string | undefined,
    answer: ChallengeAnswer,
    asked: ChallengeStep,
    askedName: string | undefined,
  ): Promise<SignInOutcome> {
    if (asked.step === 'mfaSetup' || asked.step === 'totpSetup' || asked.step === 'emailSetup') {
      const next = (step: ChallengeStep, session: string | undefined) => ask(username, step, session);
      const remember = answer.kind === 'mfaCode' ? answer.rememberDevice : undefined;
      return setup.answer(username, Session, answer, asked, next, (data) => outcome(username, data, remember));
    }
    let ChallengeName: string;
    const ChallengeResponses: Record<string, string> = {};
    if (answer.kind === 'newPassword') {
      if (!answer.newPassword) throw new Error('New password is required.');
      for (const [name, value] of Object.entries(answer.attributes ?? {})) ChallengeResponses[USER_ATTRIBUTES_PREFIX + name] = value;
      ChallengeResponses.NEW_PASSWORD = answer.newPassword;
      ChallengeResponses.USERNAME = username;
      const params = { ChallengeName: 'NEW_PASSWORD_REQUIRED', ClientId, ChallengeResponses, Session };
      return outcome(username, await call('RespondToAuthChallenge', withContext(username, params)));
    }
    ChallengeResponses.USERNAME = username;
    if (answer.kind === 'mfaCode' && asked.step === 'emailMfa') {
      ChallengeName = askedName ?? 'EMAIL_OTP';
      ChallengeResponses.EMAIL_OTP_CODE = answer.code.trim();
    } else if (answer.kind === 'mfaCode') {
      ChallengeName = asked.step === 'totpMfa' ? 'SOFTWARE_TOKEN_MFA' : 'SMS_MFA';
      ChallengeResponses.SMS_MFA_CODE = answer.code;
      if (asked.step === 'totpMfa') ChallengeResponses.SOFTWARE_TOKEN_MFA_CODE = answer.code;
    } else if (answer.kind === 'selectMfa' || answer.kind === 'customAnswer') {
      ChallengeName = answer.kind === 'selectMfa' ? 'SELECT_MFA_TYPE' : 'CUSTOM_CHALLENGE';
      ChallengeResponses.ANSWER = answer.kind === 'selectMfa' ? answer.mfa : answer.answer;
    } else {
      throw new Error(`A ${answer.kind} answer does not fit the ${asked.step} step.`);
    }
    const deviceKey = answer.kind !== 'selectMfa' && deviceKeyOf(username);
    if (deviceKey) ChallengeResponses.DEVICE_KEY = deviceKey;
    const params = { ChallengeName, ChallengeResponses, ClientId, Session };
    const remember = answer.kind === 'mfaCode' ? answer.rememberDevice : undefined;
    return outcome(username, await call('RespondToAuthChallenge', withContext(username, params)), remember);
  }

  return {
    async signIn(username, password, flow) {
      if (!password && flow !== 'USER_SRP_AUTH') throw new Error('PASSWORD parameter is required');
      // SRP as CognitoUser.authenticateUserDefaultAuth does it, with the big-number maths on native BigInt in
      // slices (src/core/srp/): the SDK's jsbn takes two ~100 ms main-thread tasks for the same numbers.
      const srp = flow === 'USER_SRP_AUTH' ? await (await loadSrp()).startSignInSrp() : undefined;
      // The device key goes with the password; with SRP, with the password's proof (as CognitoUser sends them).
      const DEVICE_KEY = deviceKeyOf(username);
      const AuthParameters = srp
        ? { USERNAME: username, SRP_A: srp.srpA }
        : { USERNAME: username, PASSWORD: password, ...(DEVICE_KEY ? { DEVICE_KEY } : {}) };
      const started = await devices.withoutStaleDevice<AuthResponse>(
        'InitiateAuth',
        withContext(username, { AuthFlow: flow, ClientId, AuthParameters, ClientMetadata: {} }),
        'AuthParameters',
      );
      if (!srp || started.ChallengeName !== 'PASSWORD_VERIFIER') return outcome(username, started);
      return provePassword(username, password ?? '', srp, started);
    },
    resume: (username, data) => outcome(username, data),
    provePassword,
    deviceKeyOf,
    send: devices.withoutStaleDevice,
  };

  async function provePassword(username: string, password: string, srp: SrpSession, started: AuthResponse): Promise<SignInOutcome> {
    const challenge = started.ChallengeParameters ?? {};
    const userId = challenge.USER_ID_FOR_SRP ?? username;
    const TIMESTAMP = cognitoTimestamp();
    const ChallengeResponses = {
      USERNAME: userId,
      PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK ?? '',
      TIMESTAMP,
      PASSWORD_CLAIM_SIGNATURE: await srp.passwordClaimSignature(poolName, userId, password, challenge, TIMESTAMP),
      ...(deviceKeyOf(userId) ? { DEVICE_KEY: deviceKeyOf(userId) } : {}),
    };
    const params = { ChallengeName: 'PASSWORD_VERIFIER', ClientId, ChallengeResponses, Session: started.Session, ClientMetadata: {} };
    return outcome(userId, await devices.withoutStaleDevice('RespondToAuthChallenge', withContext(userId, params), 'ChallengeResponses'));
  }
}
