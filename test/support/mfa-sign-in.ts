import { CognitoError, InvalidParameterError, NotAuthorizedError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { generateSecret, verify as verifyTotp } from 'cognito-local/lib/services/totp.js';
import { attributeValue, attributesAppend, type User, type UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { maskEmail, maskPhone } from './masked-destination';
import { poolFactors, type MfaFactor, type PoolWithEmailMfa } from './pool-mfa-config';
import { SignInSessions, type SignInSessionState } from './sign-in-sessions';
import type { InitiateAuthRequest, RespondToAuthChallengeRequest } from './srp-auth-flow';

type Answer = Record<string, unknown>;
interface SessionRequest {
  AccessToken?: string;
  Session?: string;
  UserCode?: string;
  FriendlyDeviceName?: string;
}

/** Real Cognito's text for a wrong MFA code (quoted in aws-amplify/amplify-js#3066 and #11069). */
const WRONG_CODE = 'Invalid code or auth state for the user.';
const WRONG_SESSION = 'Invalid session for the user.';

class MfaCodeMismatch extends CognitoError {
  constructor() {
    super('CodeMismatchException', WRONG_CODE);
  }
}

/** VerifySoftwareToken's refusal of a wrong first code, as real Cognito words it. */
class EnableSoftwareTokenMfaError extends CognitoError {
  constructor() {
    super('EnableSoftwareTokenMFAException', 'Code mismatch');
  }
}

const FACTOR_ORDER: readonly MfaFactor[] = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];

/** The factors the user has turned on (in the emulator's order), the legacy SMS `MFAOptions` counted as it counts them. */
function userFactors(user: User): MfaFactor[] {
  const explicit = (user.UserMFASettingList ?? []) as MfaFactor[];
  const legacy = explicit.length === 0 && (user.MFAOptions ?? []).some((o) => o.DeliveryMedium === 'SMS') ? ['SMS_MFA' as const] : [];
  const on = new Set([...explicit, ...legacy]);
  return FACTOR_ORDER.filter((factor) => on.has(factor));
}

const MFA_CHALLENGES: ReadonlySet<string> = new Set(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP', 'SELECT_MFA_TYPE', 'MFA_SETUP']);

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Sign-in MFA as Cognito runs it once the password is proven (API reference of InitiateAuth and
 * RespondToAuthChallenge; developer guide "Adding MFA to a user pool"): the user's preferred factor, or
 * SELECT_MFA_TYPE when several are on and none is preferred; `EMAIL_OTP` with a code mailed to the user's address;
 * `MFA_SETUP` when the pool requires MFA and the user has none, set up with AssociateSoftwareToken /
 * VerifySoftwareToken on the Session, or with an `EMAIL` answer followed by an `EMAIL_OTP` challenge. Sessions are
 * real (sign-in-sessions.ts: expiring, single use, ended by a wrong MFA code; a wrong first code of an
 * authenticator app at VerifySoftwareToken may be typed again). Every MFA sign-in goes through here (SMS and TOTP
 * too): the emulator's own challenges accept any Session, even one never issued.
 */
export function mfaSignInTargets(services: Pick<Services, 'cognito' | 'clock' | 'messages' | 'otp' | 'tokenGenerator'>, emulator: Router) {
  const { cognito, clock, messages, tokenGenerator } = services;
  const sessions = new SignInSessions(() => clock.get().getTime());

  async function tokens(ctx: Context, userPool: UserPoolService, user: User, clientId: string, clientMetadata?: Record<string, string>): Promise<Answer> {
    const client = await cognito.getAppClient(ctx, clientId);
    if (!client) throw new NotAuthorizedError();
    const groups = await userPool.listUserGroupMembership(ctx, user);
    const result = await tokenGenerator.generate(ctx, user, groups, client, clientMetadata, 'Authentication');
    await userPool.storeRefreshToken(ctx, result.RefreshToken, user);
    return { ChallengeParameters: {}, AuthenticationResult: result };
  }

  async function sendCode(ctx: Context, userPool: UserPoolService, user: User, clientId: string, medium: 'EMAIL' | 'SMS', destination: string): Promise<string> {
    const code = services.otp();
    const details =
      medium === 'EMAIL'
        ? { DeliveryMedium: medium, AttributeName: 'email' as const, Destination: destination }
        : { DeliveryMedium: medium, AttributeName: 'phone_number' as const, Destination: destination };
    await messages.deliver(ctx, 'Authentication', clientId, userPool.options.Id, user, code, undefined, details);
    return code;
  }

  /** The challenge for one factor: a code sent where it goes, or the authenticator app's. */
  async function ask(ctx: Context, userPool: UserPoolService, user: User, clientId: string, factor: MfaFactor, setupEmail?: string): Promise<Answer> {
    const base = { clientId, username: user.Username };
    if (factor === 'SOFTWARE_TOKEN_MFA') {
      const device = user.SoftwareTokenMfaConfiguration?.FriendlyDeviceName;
      return {
        ChallengeName: factor,
        ChallengeParameters: { USER_ID_FOR_SRP: user.Username, ...(device ? { FRIENDLY_DEVICE_NAME: device } : {}) },
        Session: sessions.open({ ...base, expects: factor }),
      };
    }
    const medium = factor === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
    const destination = setupEmail ?? attributeValue(medium === 'EMAIL' ? 'email' : 'phone_number', user.Attributes);
    if (!destination) throw new InvalidParameterError(`The user has no ${medium === 'EMAIL' ? 'email address' : 'phone number'} for ${factor}`);
    const code = await sendCode(ctx, userPool, user, clientId, medium, destination);
    return {
      ChallengeName: factor,
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: medium,
        CODE_DELIVERY_DESTINATION: medium === 'EMAIL' ? maskEmail(destination) : maskPhone(destination),
        USER_ID_FOR_SRP: user.Username,
      },
      Session: sessions.open({ ...base, expects: factor, code, ...(setupEmail ? { setupEmail } : {}) }),
    };
  }

  function chooseOrAsk(ctx: Context, userPool: UserPoolService, user: User, clientId: string, factors: MfaFactor[]): Promise<Answer> {
    const preferred = factors.find((f) => f === user.PreferredMfaSetting) ?? (factors.length === 1 ? factors[0] : undefined);
    if (preferred) return ask(ctx, userPool, user, clientId, preferred);
    return Promise.resolve({
      ChallengeName: 'SELECT_MFA_TYPE',
      ChallengeParameters: { USER_ID_FOR_SRP: user.Username, MFAS_CAN_CHOOSE: JSON.stringify(factors) },
      Session: sessions.open({ clientId, username: user.Username, expects: 'SELECT_MFA_TYPE' }),
    });
  }

  /** USER_PASSWORD_AUTH (and so SRP, which ends in it): the MFA step once the password is right. */
  const initiateAuth: Route = async (ctx: Context, req: InitiateAuthRequest) => {
    const emulatorRoute = emulator('InitiateAuth');
    const username = req.AuthParameters?.USERNAME;
    if (req.AuthFlow !== 'USER_PASSWORD_AUTH' || !username) return emulatorRoute(ctx, req);
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, username);
    // Every refusal (unknown user, wrong password, status) stays the emulator's and the layers' above it.
    if (!user || user.UserStatus !== 'CONFIRMED' || user.Password !== req.AuthParameters?.PASSWORD) return emulatorRoute(ctx, req);
    return (await mfaStep(ctx, userPool, user, req.ClientId)) ?? emulatorRoute(ctx, req);
  };

  /** The MFA step once the password is proven, or null when the pool and the user need none. */
  async function mfaStep(ctx: Context, userPool: UserPoolService, user: User, clientId: string): Promise<Answer | null> {
    const pool = userPool.options as PoolWithEmailMfa;
    const offered = poolFactors(pool);
    const factors = userFactors(user).filter((f) => f !== 'EMAIL_OTP' || offered.includes(f));
    if (pool.MfaConfiguration === 'ON' && factors.length === 0) {
      return {
        ChallengeName: 'MFA_SETUP',
        ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(offered.filter((f) => f !== 'SMS_MFA')) },
        Session: sessions.open({ clientId, username: user.Username, expects: 'MFA_SETUP' }),
      };
    }
    if (pool.MfaConfiguration === 'OFF' || factors.length === 0) return null;
    return chooseOrAsk(ctx, userPool, user, clientId, factors);
  }

  /**
   * A new password set at NEW_PASSWORD_REQUIRED is a proven password like any other: Cognito asks for MFA, or its
   * set-up, before tokens (aws-amplify/amplify-js#14330 shows NEW_PASSWORD_REQUIRED followed by an email code). The
   * emulator issued tokens at once; those are dropped unseen.
   */
  async function afterNewPassword<T extends { AuthenticationResult?: unknown }>(ctx: Context, req: RespondToAuthChallengeRequest, answered: T): Promise<T | Answer> {
    const username = req.ChallengeResponses?.USERNAME;
    if (!answered.AuthenticationResult || !username) return answered;
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, username);
    return (user && (await mfaStep(ctx, userPool, user, req.ClientId))) ?? answered;
  }

  /** Whether RespondToAuthChallenge is one of this file's steps: every MFA answer, and any of its sessions. */
  const handles = (req: RespondToAuthChallengeRequest): boolean =>
    MFA_CHALLENGES.has(String(req.ChallengeName)) || sessions.isOurs(req.Session);

  const respond = async (ctx: Context, req: RespondToAuthChallengeRequest): Promise<Answer> => {
    const state = sessions.get(req.Session, req.ClientId);
    const session = req.Session ?? '';
    const responses = req.ChallengeResponses ?? {};
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = responses.USERNAME ? await userPool.getUserByUsername(ctx, responses.USERNAME) : null;
    if (!responses.USERNAME) throw new InvalidParameterError('Missing required parameter USERNAME');
    if (!user || user.Username !== state.username) throw new NotAuthorizedError(WRONG_SESSION);
    const expected = state.expects === 'MFA_SETUP_VERIFIED' ? 'MFA_SETUP' : state.expects;
    if (req.ChallengeName !== expected) throw new InvalidParameterError(`The session is for ${expected}, not ${String(req.ChallengeName)}`);

    switch (req.ChallengeName) {
      case 'SELECT_MFA_TYPE': {
        const answer = responses.ANSWER as MfaFactor | undefined;
        const factors = userFactors(user);
        if (!answer || !factors.includes(answer)) throw new InvalidParameterError(`ANSWER must be one of ${factors.join(', ')}`);
        sessions.close(session);
        return ask(ctx, userPool, user, req.ClientId, answer);
      }
      case 'EMAIL_OTP':
      case 'SMS_MFA': {
        const code = req.ChallengeName === 'EMAIL_OTP' ? responses.EMAIL_OTP_CODE : responses.SMS_MFA_CODE;
        if (!code || code !== state.code) {
          sessions.close(session);
          throw new MfaCodeMismatch();
        }
        sessions.close(session);
        const signedIn = state.setupEmail ? await finishEmailSetup(ctx, userPool, user, state) : user;
        return tokens(ctx, userPool, signedIn, req.ClientId, req.ClientMetadata);
      }
      case 'SOFTWARE_TOKEN_MFA': {
        const secret = user.SoftwareTokenMfaConfiguration?.Secret;
        const code = responses.SOFTWARE_TOKEN_MFA_CODE;
        if (!code || !secret || !user.SoftwareTokenMfaConfiguration?.Verified || !verifyTotp(secret, code)) {
          sessions.close(session);
          throw new MfaCodeMismatch();
        }
        sessions.close(session);
        return tokens(ctx, userPool, user, req.ClientId, req.ClientMetadata);
      }
      case 'MFA_SETUP': {
        const email = responses.EMAIL;
        if (email !== undefined) {
          if (!poolFactors(userPool.options).includes('EMAIL_OTP')) throw new InvalidParameterError('Email MFA is not enabled for this user pool.');
          if (!EMAIL_PATTERN.test(email)) throw new InvalidParameterError('Invalid email address format.');
          sessions.close(session);
          return ask(ctx, userPool, user, req.ClientId, 'EMAIL_OTP', email);
        }
        if (state.expects !== 'MFA_SETUP_VERIFIED') throw new InvalidParameterError('MFA_SETUP needs a verified software token (VerifySoftwareToken with this Session) or an EMAIL');
        sessions.close(session);
        return tokens(ctx, userPool, user, req.ClientId, req.ClientMetadata);
      }
      default:
        throw new InvalidParameterError(`Unsupported challenge ${String(req.ChallengeName)}`);
    }
  };

  /** The address set up at sign-in becomes the user's (verified: the code proved it) and email MFA is on. */
  async function finishEmailSetup(ctx: Context, userPool: UserPoolService, user: User, state: SignInSessionState): Promise<User> {
    const updated: User = {
      ...user,
      Attributes: attributesAppend(user.Attributes, { Name: 'email', Value: state.setupEmail }, { Name: 'email_verified', Value: 'true' }),
      UserMFASettingList: [...new Set([...(user.UserMFASettingList ?? []), 'EMAIL_OTP'])],
      UserLastModifiedDate: clock.get(),
    };
    await userPool.saveUser(ctx, updated);
    return updated;
  }

  async function setupUser(ctx: Context, req: SessionRequest): Promise<{ state: SignInSessionState; userPool: UserPoolService; user: User }> {
    const state = sessions.get(req.Session);
    if (state.expects !== 'MFA_SETUP') throw new NotAuthorizedError(WRONG_SESSION);
    const userPool = await cognito.getUserPoolForClientId(ctx, state.clientId);
    if (!poolFactors(userPool.options).includes('SOFTWARE_TOKEN_MFA')) throw new InvalidParameterError('Software token MFA is not enabled for this user pool.');
    const user = await userPool.getUserByUsername(ctx, state.username);
    if (!user) throw new NotAuthorizedError(WRONG_SESSION);
    return { state, userPool, user };
  }

  /** AssociateSoftwareToken with the MFA_SETUP Session (an AccessToken goes to the emulator). */
  const associateSoftwareToken: Route = async (ctx: Context, req: SessionRequest) => {
    if (req.AccessToken || !req.Session) return emulator('AssociateSoftwareToken')(ctx, req);
    const { state, userPool, user } = await setupUser(ctx, req);
    const secret = generateSecret();
    await userPool.saveUser(ctx, { ...user, SoftwareTokenMfaConfiguration: { Secret: secret, Verified: false } });
    sessions.close(req.Session);
    return { SecretCode: secret, Session: sessions.open({ clientId: state.clientId, username: state.username, expects: 'MFA_SETUP' }) };
  };

  /** VerifySoftwareToken with the Session: the first code turns TOTP on and allows MFA_SETUP to finish. */
  const verifySoftwareToken: Route = async (ctx: Context, req: SessionRequest) => {
    if (req.AccessToken || !req.Session) return emulator('VerifySoftwareToken')(ctx, req);
    const { state, userPool, user } = await setupUser(ctx, req);
    const secret = user.SoftwareTokenMfaConfiguration?.Secret;
    if (!secret) throw new InvalidParameterError('User has not associated a software token');
    if (!req.UserCode || !verifyTotp(secret, req.UserCode)) throw new EnableSoftwareTokenMfaError();
    await userPool.saveUser(ctx, {
      ...user,
      SoftwareTokenMfaConfiguration: { Secret: secret, Verified: true, FriendlyDeviceName: req.FriendlyDeviceName },
      UserMFASettingList: [...new Set([...(user.UserMFASettingList ?? []), 'SOFTWARE_TOKEN_MFA'])],
    });
    sessions.close(req.Session);
    return { Status: 'SUCCESS', Session: sessions.open({ clientId: state.clientId, username: state.username, expects: 'MFA_SETUP_VERIFIED' }) };
  };

  /** The emulator with this file's InitiateAuth, for flows that end in a password sign-in (SRP). */
  const router: Router = (target) => (target === 'InitiateAuth' ? initiateAuth : emulator(target));

  return { router, initiateAuth, handles, respond, afterNewPassword, associateSoftwareToken, verifySoftwareToken };
}
