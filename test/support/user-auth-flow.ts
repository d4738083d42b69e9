import { CognitoError, InvalidParameterError, NotAuthorizedError, PasswordResetRequiredError, UserNotConfirmedException, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { attributeValue, type User, type UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { maskEmail, maskPhone } from './masked-destination';
import { passkeysOf, savePasskeys } from './passkey-store';
import { assertUserAuthAllowed, availableChallenges, type UserAuthChallenge } from './sign-in-policy';
import { SignInSessions } from './sign-in-sessions';
import type { SignUpSessions } from './sign-up-sessions';
import type { InitiateAuthRequest, InitiateAuthResponse, RespondToAuthChallengeRequest } from './srp-auth-flow';
import { credentialRequestOptions, verifyAssertion } from './webauthn-assertion';
import { relyingPartyOf } from './webauthn-configuration';

type Answer = Record<string, unknown>;

interface UserAuthSession {
  readonly clientId: string;
  readonly username: string;
  readonly expects: 'SELECT_CHALLENGE' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN' | 'PASSWORD_VERIFIER';
  readonly available?: readonly UserAuthChallenge[];
  /** The code sent for EMAIL_OTP / SMS_OTP */
  readonly code?: string;
  /** The WebAuthn challenge of CREDENTIAL_REQUEST_OPTIONS */
  readonly challenge?: string;
}

export interface UserAuthDependencies {
  /** USER_PASSWORD_AUTH as the harness runs it: lockout, remembered devices, then the user's MFA. */
  passwordSignIn(ctx: Context, req: InitiateAuthRequest): Promise<unknown>;
  /** USER_SRP_AUTH's first step: PASSWORD_VERIFIER, answered as in that flow (then MFA). */
  srpInitiate(ctx: Context, req: InitiateAuthRequest): Promise<InitiateAuthResponse>;
  /** Tokens of a passwordless sign-in, with a new device key where the pool tracks devices. */
  issued(ctx: Context, clientId: string, deviceKey: string | undefined, response: Answer): Promise<unknown>;
  signUpSessions: SignUpSessions;
}

const CHALLENGES: readonly string[] = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];
/** Real Cognito's text for a wrong one-time code (the same as for MFA codes: mfa-sign-in.ts). */
const WRONG_CODE = 'Invalid code or auth state for the user.';
const WRONG_SESSION = 'Invalid session for the user.';

const missing = (name: string): InvalidParameterError => new InvalidParameterError(`Missing required parameter ${name}`);

/**
 * Choice-based sign-in, `AuthFlow: USER_AUTH` (API reference of InitiateAuth and RespondToAuthChallenge; developer guide
 * "Authentication flows"): the app client must allow it; the user gets the preferred challenge when it is one they can
 * use, else SELECT_CHALLENGE with `AvailableChallenges` (sign-in-policy.ts says which); the answer starts it —
 * PASSWORD signs in as USER_PASSWORD_AUTH, PASSWORD_SRP as USER_SRP_AUTH (both then meet the user's MFA), EMAIL_OTP /
 * SMS_OTP send a code to the inbox, WEB_AUTHN hands out request options and checks the assertion. Passwordless first
 * factors end in tokens: no MFA follows them. Sessions expire with the sign-in session lifetime and are single use; a
 * wrong code ends the session as a wrong MFA code does. A Session from ConfirmSignUp signs its user in at once.
 */
export function userAuthTargets(services: Pick<Services, 'cognito' | 'clock' | 'messages' | 'otp' | 'tokenGenerator'>, deps: UserAuthDependencies) {
  const { cognito, clock, messages, tokenGenerator } = services;
  const sessions = new SignInSessions<UserAuthSession>(() => clock.get().getTime());

  async function tokens(ctx: Context, userPool: UserPoolService, user: User, clientId: string, deviceKey?: string): Promise<Answer> {
    const client = await cognito.getAppClient(ctx, clientId);
    if (!client) throw new NotAuthorizedError();
    const groups = await userPool.listUserGroupMembership(ctx, user);
    const result = await tokenGenerator.generate(ctx, user, groups, client, undefined, 'Authentication');
    await userPool.storeRefreshToken(ctx, result.RefreshToken, user);
    return (await deps.issued(ctx, clientId, deviceKey, { ChallengeParameters: {}, AuthenticationResult: result })) as Answer;
  }

  async function sendCode(ctx: Context, userPool: UserPoolService, user: User, clientId: string, factor: 'EMAIL_OTP' | 'SMS_OTP'): Promise<Answer> {
    const email = factor === 'EMAIL_OTP';
    const destination = attributeValue(email ? 'email' : 'phone_number', user.Attributes);
    if (!destination) throw new InvalidParameterError(`The user has no ${email ? 'email address' : 'phone number'} for ${factor}`);
    const code = services.otp();
    const details = email
      ? { DeliveryMedium: 'EMAIL' as const, AttributeName: 'email' as const, Destination: destination }
      : { DeliveryMedium: 'SMS' as const, AttributeName: 'phone_number' as const, Destination: destination };
    await messages.deliver(ctx, 'Authentication', clientId, userPool.options.Id, user, code, undefined, details);
    return {
      ChallengeName: factor,
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: details.DeliveryMedium,
        CODE_DELIVERY_DESTINATION: email ? maskEmail(destination) : maskPhone(destination),
      },
      Session: sessions.open({ clientId, username: user.Username, expects: factor, code }),
    };
  }

  /** The chosen (or preferred) challenge, with the parameters that came with the choice. */
  async function start(ctx: Context, userPool: UserPoolService, user: User, clientId: string, challenge: UserAuthChallenge, params: Record<string, string | undefined>): Promise<Answer> {
    const USERNAME = params.USERNAME ?? user.Username;
    const device: Record<string, string> = params.DEVICE_KEY ? { DEVICE_KEY: params.DEVICE_KEY } : {};
    switch (challenge) {
      case 'PASSWORD': {
        if (!params.PASSWORD) throw missing('PASSWORD');
        return (await deps.passwordSignIn(ctx, { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME, PASSWORD: params.PASSWORD, ...device } })) as Answer;
      }
      case 'PASSWORD_SRP': {
        if (!params.SRP_A) throw missing('SRP_A');
        const verifier = await deps.srpInitiate(ctx, { AuthFlow: 'USER_SRP_AUTH', ClientId: clientId, AuthParameters: { USERNAME, SRP_A: params.SRP_A, ...device } });
        return { ...verifier, Session: sessions.open({ clientId, username: user.Username, expects: 'PASSWORD_VERIFIER' }) };
      }
      case 'EMAIL_OTP':
      case 'SMS_OTP':
        return sendCode(ctx, userPool, user, clientId, challenge);
      case 'WEB_AUTHN': {
        const options = credentialRequestOptions(relyingPartyOf(userPool.options), passkeysOf(user));
        return {
          ChallengeName: 'WEB_AUTHN',
          ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: options.json },
          Session: sessions.open({ clientId, username: user.Username, expects: 'WEB_AUTHN', challenge: options.challenge }),
        };
      }
    }
  }

  /** The user of a USER_AUTH request, refused as Cognito refuses a sign-in before any factor. */
  async function signingIn(ctx: Context, clientId: string, username: string): Promise<{ userPool: UserPoolService; user: User }> {
    const client = await cognito.getAppClient(ctx, clientId);
    const userPool = await cognito.getUserPoolForClientId(ctx, clientId);
    const user = await userPool.getUserByUsername(ctx, username);
    if (!user) {
      if (client?.PreventUserExistenceErrors === 'ENABLED') throw new NotAuthorizedError('Incorrect username or password.');
      throw new UserNotFoundError('User does not exist.');
    }
    if (!user.Enabled) throw new NotAuthorizedError('User is disabled.');
    if (user.UserStatus === 'UNCONFIRMED') throw new UserNotConfirmedException();
    if (user.UserStatus === 'RESET_REQUIRED') throw new PasswordResetRequiredError();
    return { userPool, user };
  }

  const initiate = async (ctx: Context, req: InitiateAuthRequest): Promise<Answer> => {
    // An unknown app client is the emulator's ResourceNotFoundException, before the flow is looked at.
    await cognito.getUserPoolForClientId(ctx, req.ClientId);
    assertUserAuthAllowed(await cognito.getAppClient(ctx, req.ClientId));
    const params = (req.AuthParameters ?? {}) as Record<string, string | undefined>;
    const username = params.USERNAME;
    if (!username) throw missing('USERNAME');
    const session = (req as { Session?: unknown }).Session;
    if (session !== undefined) {
      const confirmed = deps.signUpSessions.redeem(session, req.ClientId);
      const { userPool, user } = await signingIn(ctx, req.ClientId, username);
      if (user.Username !== confirmed.username) throw new NotAuthorizedError(WRONG_SESSION);
      return tokens(ctx, userPool, user, req.ClientId, params.DEVICE_KEY);
    }
    const preferred = params.PREFERRED_CHALLENGE;
    if (preferred !== undefined && !CHALLENGES.includes(preferred)) throw new InvalidParameterError(`PREFERRED_CHALLENGE must be one of ${CHALLENGES.join(', ')}`);
    const { userPool, user } = await signingIn(ctx, req.ClientId, username);
    const offered = availableChallenges(userPool.options, user, passkeysOf(user).length).filter(
      // A temporary password leads to NEW_PASSWORD_REQUIRED: nothing else signs that user in.
      (c) => user.UserStatus !== 'FORCE_CHANGE_PASSWORD' || c === 'PASSWORD' || c === 'PASSWORD_SRP',
    );
    if (preferred && offered.includes(preferred as UserAuthChallenge)) return start(ctx, userPool, user, req.ClientId, preferred as UserAuthChallenge, params);
    if (offered.length === 0) throw new NotAuthorizedError('Incorrect username or password.');
    return {
      ChallengeName: 'SELECT_CHALLENGE',
      ChallengeParameters: {},
      Session: sessions.open({ clientId: req.ClientId, username: user.Username, expects: 'SELECT_CHALLENGE', available: offered }),
      AvailableChallenges: offered,
    };
  };

  /** Whether RespondToAuthChallenge belongs to this flow: its sessions, and the challenges only it issues. */
  const handles = (req: RespondToAuthChallengeRequest): boolean =>
    sessions.isOurs(req.Session) || ['SELECT_CHALLENGE', 'WEB_AUTHN', 'SMS_OTP', 'PASSWORD', 'PASSWORD_SRP'].includes(String(req.ChallengeName));

  const respond = async (ctx: Context, req: RespondToAuthChallengeRequest): Promise<Answer> => {
    const state = sessions.get(req.Session, req.ClientId);
    const session = req.Session ?? '';
    const responses = (req.ChallengeResponses ?? {}) as Record<string, string | undefined>;
    if (!responses.USERNAME) throw missing('USERNAME');
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, responses.USERNAME);
    if (!user || user.Username !== state.username) throw new NotAuthorizedError(WRONG_SESSION);
    if (req.ChallengeName !== state.expects) throw new InvalidParameterError(`The session is for ${state.expects}, not ${String(req.ChallengeName)}`);

    switch (state.expects) {
      case 'SELECT_CHALLENGE': {
        const answer = responses.ANSWER as UserAuthChallenge | undefined;
        const available = state.available ?? [];
        if (!answer || !available.includes(answer)) throw new InvalidParameterError(`ANSWER must be one of ${available.join(', ')}`);
        sessions.close(session);
        return start(ctx, userPool, user, req.ClientId, answer, responses);
      }
      case 'EMAIL_OTP':
      case 'SMS_OTP': {
        const code = state.expects === 'EMAIL_OTP' ? responses.EMAIL_OTP_CODE : responses.SMS_OTP_CODE;
        sessions.close(session);
        if (!code || code !== state.code) throw new CognitoError('CodeMismatchException', WRONG_CODE);
        return tokens(ctx, userPool, user, req.ClientId, responses.DEVICE_KEY);
      }
      case 'WEB_AUTHN': {
        if (!responses.CREDENTIAL) throw missing('CREDENTIAL');
        sessions.close(session);
        const passkeys = passkeysOf(user);
        const used = await verifyAssertion(responses.CREDENTIAL, state.challenge ?? '', relyingPartyOf(userPool.options), passkeys);
        await savePasskeys(ctx, userPool, user, passkeys.map((p) => (p.CredentialId === used.id ? { ...p, Counter: used.counter } : p)));
        // Read again: storing the refresh token saves the user it is given, which must carry the new counter.
        const signedIn = (await userPool.getUserByUsername(ctx, user.Username)) ?? user;
        return tokens(ctx, userPool, signedIn, req.ClientId, responses.DEVICE_KEY);
      }
      case 'PASSWORD_VERIFIER':
        // Answered by the SRP flow (srp-auth-flow.ts), which gap-targets.ts routes first.
        throw new InvalidParameterError('PASSWORD_VERIFIER is answered with the SRP claim');
    }
  };

  return { initiate, handles, respond };
}
