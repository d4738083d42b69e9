import { NotAuthorizedError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { AccessTokenRevocations, withAccessTokenChecks } from './access-token-checks';
import { changePasswordQuota } from './change-password-quota';
import { respondAndKeepRefreshToken } from './challenge-refresh-tokens';
import { IssuedCodes } from './code-expiry';
import { IdentityProviders } from './managed-login/identity-providers';
import { confirmSignUpVerifyingEmail } from './confirm-sign-up-verifies-email';
import { DeletedUsers } from './deleted-users';
import { deviceTracking } from './device-tracking';
import { adminSetUserMfaPreference, setUserMfaPreference } from './mfa-preference';
import { mfaSignInTargets } from './mfa-sign-in';
import { withCognitoPasswordAnswers } from './password-flow-answers';
import { assertNewPasswordChallengeAllowed, assertPasswordParameters, passwordPolicyTargets } from './password-policy';
import { setUserPoolMfaConfig } from './pool-mfa-config';
import { RevokedRefreshTokens, globalSignOut } from './refresh-token-revocation';
import { refreshTokenRotationTargets } from './refresh-token-rotation';
import { resendConfirmationCode } from './resend-confirmation-code';
import { passwordlessSignUp } from './passwordless-sign-up';
import { signInLockout } from './sign-in-lockout';
import { SignUpSessions } from './sign-up-sessions';
import { confirmSignUpVerifyingPhone, forgotPasswordBySms, signUpForPool } from './sign-in-identifiers';
import { srpAuthTargets, type InitiateAuthRequest, type RespondToAuthChallengeRequest, type RespondToAuthChallengeResponse } from './srp-auth-flow';
import { getUserAuthFactors } from './user-auth-factors';
import { userAuthTargets } from './user-auth-flow';
import { withUserExistenceHidden } from './user-existence-errors';
import { webAuthnCredentialTargets } from './webauthn-credential-management';
import { withWebAuthnConfiguration } from './webauthn-configuration';
import { webAuthnRegistrationTargets } from './webauthn-registration';

interface RevokeTokenRequest {
  ClientId: string;
  Token: string;
}

/**
 * The emulator's USER_PASSWORD_AUTH answers NEW_PASSWORD_REQUIRED to a user created by an admin (status
 * FORCE_CHANGE_PASSWORD) whatever the password; Cognito checks the temporary password first.
 */
async function assertTemporaryPasswordMatches(
  { cognito }: Pick<Services, 'cognito'>,
  ctx: Context,
  req: InitiateAuthRequest,
): Promise<void> {
  const username = req.AuthParameters?.USERNAME;
  if (!username) return;
  const user = await (await cognito.getUserPoolForClientId(ctx, req.ClientId)).getUserByUsername(ctx, username);
  if (user?.UserStatus === 'FORCE_CHANGE_PASSWORD' && user.Password !== req.AuthParameters?.PASSWORD) {
    throw new NotAuthorizedError('Incorrect username or password.');
  }
}

/**
 * cognito-local's router with the operations it lacks (or gets wrong) implemented on top of its services, and
 * Cognito's access token checks in front of every operation that takes one (the emulator only decodes them).
 */
export function withGapTargets(
  emulator: Router,
  services: Services,
  issuedCodes = new IssuedCodes(),
  identityProviders = new IdentityProviders(services),
): Router {
  const revoked = new RevokedRefreshTokens();
  const accessTokens = new AccessTokenRevocations(revoked);
  const mfa = mfaSignInTargets(services, emulator);
  const devices = deviceTracking(services, mfa.router);
  // The SRP proof ends in the password sign-in, where a known device is asked to prove itself, then MFA.
  const srp = srpAuthTargets(services, (target) => (target === 'InitiateAuth' ? devices.passwordVerified : mfa.router(target)));
  const respondToOtherChallenges = respondAndKeepRefreshToken(services, emulator('RespondToAuthChallenge'));
  const passwordChecked = passwordPolicyTargets(services, emulator);
  const rotation = refreshTokenRotationTargets(services, emulator, revoked);
  const lockedOut = signInLockout(services);
  const passwordSignIn = (ctx: Context, req: InitiateAuthRequest) =>
    lockedOut(ctx, req.ClientId, req.AuthParameters?.USERNAME, async () => {
      await assertTemporaryPasswordMatches(services, ctx, req);
      return withCognitoPasswordAnswers(devices.passwordVerified)(ctx, req);
    });
  const signUpSessions = new SignUpSessions(services);
  // Choice-based sign-in (USER_AUTH): its password answers go the ways above, passwordless ones end in tokens here.
  const userAuth = userAuthTargets(services, {
    passwordSignIn,
    srpInitiate: srp.initiate,
    issued: (ctx, clientId, deviceKey, response) => devices.withNewDevice(ctx, clientId, deviceKey, response as RespondToAuthChallengeResponse),
    signUpSessions,
  });
  const deleted = new DeletedUsers(services);

  const gaps: Record<string, Route> = {
    ...passwordChecked,
    ...devices.targets,
    ...rotation.targets,
    ...webAuthnRegistrationTargets(services),
    ...webAuthnCredentialTargets(services),
    GetUserAuthFactors: getUserAuthFactors(services),
    SignUp: signUpSessions.signingUp(
      services,
      passwordlessSignUp(services, signUpForPool(services, passwordChecked.SignUp ?? emulator('SignUp')), signUpForPool(services, emulator('SignUp'))),
    ),
    AdminInitiateAuth: (ctx: Context, req: InitiateAuthRequest) => (req.AuthFlow === 'USER_AUTH' ? userAuth.initiate(ctx, req) : emulator('AdminInitiateAuth')(ctx, req)),
    AdminRespondToAuthChallenge: (ctx: Context, req: RespondToAuthChallengeRequest) =>
      userAuth.handles(req) ? userAuth.respond(ctx, req) : emulator('AdminRespondToAuthChallenge')(ctx, req),
    ...identityProviders.targets(),
    InitiateAuth: async (ctx: Context, req: InitiateAuthRequest) => {
      if (req.AuthFlow === 'USER_AUTH') return userAuth.initiate(ctx, req);
      if (req.AuthFlow === 'USER_SRP_AUTH') return srp.initiate(ctx, req);
      if (req.AuthFlow === 'REFRESH_TOKEN_AUTH' || req.AuthFlow === 'REFRESH_TOKEN') {
        await rotation.assertRefreshTokenAuthAllowed(ctx, req.ClientId);
        revoked.assertUsable(req.AuthParameters?.REFRESH_TOKEN, services.clock.get().getTime());
      }
      if (req.AuthFlow === 'USER_PASSWORD_AUTH') return passwordSignIn(ctx, req);
      return mfa.initiateAuth(ctx, req);
    },
    RespondToAuthChallenge: async (ctx: Context, req: RespondToAuthChallengeRequest) => {
      const deviceKey = req.ChallengeResponses?.DEVICE_KEY;
      if (req.ChallengeName === 'DEVICE_SRP_AUTH' || req.ChallengeName === 'DEVICE_PASSWORD_VERIFIER') return devices.respond(ctx, req);
      // A stale DEVICE_KEY is refused before the proof is used up: the SDK sends the same answer again without it.
      if (deviceKey) await devices.knownDevice(ctx, req.ClientId, req.ChallengeResponses?.USERNAME ?? '', deviceKey);
      if (req.ChallengeName === 'PASSWORD_VERIFIER') return lockedOut(ctx, req.ClientId, req.ChallengeResponses?.USERNAME, () => srp.respond(ctx, req));
      if (userAuth.handles(req)) return userAuth.respond(ctx, req);
      if (mfa.handles(req)) return devices.withNewDevice(ctx, req.ClientId, deviceKey, (await mfa.respond(ctx, req)) as RespondToAuthChallengeResponse);
      await assertNewPasswordChallengeAllowed(services, ctx, req);
      const answered = await respondToOtherChallenges(ctx, req);
      const next = req.ChallengeName === 'NEW_PASSWORD_REQUIRED' ? await mfa.afterNewPassword(ctx, req, answered) : answered;
      return devices.withNewDevice(ctx, req.ClientId, deviceKey, next as typeof answered);
    },
    AssociateSoftwareToken: mfa.associateSoftwareToken,
    VerifySoftwareToken: mfa.verifySoftwareToken,
    SetUserMFAPreference: setUserMfaPreference(services),
    AdminSetUserMFAPreference: adminSetUserMfaPreference(services),
    SetUserPoolMfaConfig: withWebAuthnConfiguration(services, setUserPoolMfaConfig(services, emulator('SetUserPoolMfaConfig'))),
    ResendConfirmationCode: resendConfirmationCode(services),
    ConfirmSignUp: signUpSessions.confirming(
      services,
      issuedCodes.expiring('signUp', services, confirmSignUpVerifyingPhone(services, confirmSignUpVerifyingEmail(services, emulator('ConfirmSignUp')))),
    ),
    ForgotPassword: forgotPasswordBySms(services, emulator('ForgotPassword')),
    ConfirmForgotPassword: issuedCodes.expiring('forgotPassword', services, passwordChecked.ConfirmForgotPassword),
    ChangePassword: changePasswordQuota(services, withCognitoPasswordAnswers(passwordChecked.ChangePassword)),
    GlobalSignOut: globalSignOut(services, revoked, accessTokens),
    DeleteUser: deleted.deleteUser,
    RevokeToken: async (ctx: Context, req: RevokeTokenRequest) => {
      const result: unknown = await emulator('RevokeToken')(ctx, req);
      revoked.add(rotation.family(req.Token));
      return result;
    },
  };

  // One place for the access token checks of every operation that takes one, and for noting every token handed out.
  const filled = withUserExistenceHidden((target) => gaps[target] ?? emulator(target), services);
  return withAccessTokenChecks(deleted.guard(filled), services, accessTokens, assertPasswordParameters);
}
