import { randomBytes } from 'node:crypto';
import { InvalidParameterError } from 'cognito-local/lib/errors.js';
import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { User, UserPool } from 'cognito-local/lib/services/userPoolService.js';

/** The first factors of choice-based sign-in, in the names of `Policies.SignInPolicy.AllowedFirstAuthFactors`. */
export type FirstAuthFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** What `AvailableChallenges` and `ANSWER` name: the first factors, with the password offered both ways. */
export type UserAuthChallenge = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

export const FIRST_AUTH_FACTORS: readonly FirstAuthFactor[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

type PoolWithSignInPolicy = UserPool & { Policies?: UserPool['Policies'] & { SignInPolicy?: { AllowedFirstAuthFactors?: FirstAuthFactor[] } } };

/** SignInPolicyType: "AllowedFirstAuthFactors … Required: No"; a pool without one signs in with passwords only. */
export function allowedFirstAuthFactors(pool: UserPool): FirstAuthFactor[] {
  return (pool as PoolWithSignInPolicy).Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD'];
}

/** SignUp's Password: "Users can sign up without a password when your user pool supports passwordless sign-in with email or SMS OTPs." */
export function allowsPasswordlessSignUp(pool: UserPool): boolean {
  const factors = allowedFirstAuthFactors(pool);
  return factors.includes('EMAIL_OTP') || factors.includes('SMS_OTP');
}

export const allowsUserAuth = (client: Pick<AppClient, 'ExplicitAuthFlows'> | null | undefined): boolean =>
  (client?.ExplicitAuthFlows ?? []).includes('ALLOW_USER_AUTH');

/** Worded as Cognito refuses the other flows a client lacks ("USER_PASSWORD_AUTH flow not enabled for this client"). */
export function assertUserAuthAllowed(client: Pick<AppClient, 'ExplicitAuthFlows'> | null | undefined): void {
  if (!allowsUserAuth(client)) throw new InvalidParameterError('USER_AUTH flow not enabled for this client');
}

// A user signed up without a password still needs the emulator's Password field: it gets one nobody knows, marked so
// the harness can tell it is not a password the user chose (every password check fails against it).
const NO_PASSWORD = '\u0000no-password:';

export const unknowablePassword = (): string => `${NO_PASSWORD}${randomBytes(32).toString('base64url')}`;

export const hasPassword = (user: Pick<User, 'Password'>): boolean => typeof user.Password === 'string' && user.Password !== '' && !user.Password.startsWith(NO_PASSWORD);

const isTrue = (user: User, name: string): boolean => user.Attributes.some((a) => a.Name === name && a.Value === 'true');

/**
 * The challenges USER_AUTH offers this user (API reference, GetUserAuthFactors and InitiateAuth): only what the pool
 * allows AND the user can use — a password only when the user has one, an email code only to a verified email, an SMS
 * code only to a verified phone, a passkey only with one registered. A pool that requires MFA offers only the password
 * (passwordless first factors are never followed by MFA), and so does a user with MFA on ("Passwordless and MFA are
 * not both on for one user").
 */
export function availableChallenges(pool: UserPool, user: User, passkeys: number): UserAuthChallenge[] {
  const allowed = allowedFirstAuthFactors(pool);
  const mfaOn = pool.MfaConfiguration === 'ON' || (user.UserMFASettingList ?? []).length > 0;
  const offered: UserAuthChallenge[] = [];
  for (const factor of allowed) {
    if (factor === 'PASSWORD' && hasPassword(user)) offered.push('PASSWORD', 'PASSWORD_SRP');
    if (mfaOn) continue;
    if (factor === 'WEB_AUTHN' && passkeys > 0) offered.push('WEB_AUTHN');
    if (factor === 'EMAIL_OTP' && isTrue(user, 'email_verified')) offered.push('EMAIL_OTP');
    if (factor === 'SMS_OTP' && isTrue(user, 'phone_number_verified')) offered.push('SMS_OTP');
  }
  return offered;
}
