import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { passkeysOf, tokenUser } from './passkey-store';
import { allowedFirstAuthFactors, hasPassword, type FirstAuthFactor } from './sign-in-policy';

const isTrue = (attributes: ReadonlyArray<{ Name: string; Value?: string }>, name: string): boolean => attributes.some((a) => a.Name === name && a.Value === 'true');

/**
 * GetUserAuthFactors (API reference): the user's MFA settings as GetUser reports them, and `ConfiguredUserAuthFactors`,
 * the first factors of USER_AUTH the user has set up among those the pool allows — a password, a verified email or
 * phone for codes, a registered passkey.
 */
export const getUserAuthFactors =
  (services: Pick<Services, 'cognito'>): Route =>
  async (ctx: Context, req: { AccessToken?: string }) => {
    const { userPool, user } = await tokenUser(services, ctx, req.AccessToken);
    const allowed = allowedFirstAuthFactors(userPool.options);
    const has: Record<FirstAuthFactor, boolean> = {
      PASSWORD: hasPassword(user),
      EMAIL_OTP: isTrue(user.Attributes, 'email_verified'),
      SMS_OTP: isTrue(user.Attributes, 'phone_number_verified'),
      WEB_AUTHN: passkeysOf(user).length > 0,
    };
    const mfa = user.UserMFASettingList ?? [];
    return {
      Username: user.Username,
      ...(user.PreferredMfaSetting ? { PreferredMfaSetting: user.PreferredMfaSetting } : {}),
      ...(mfa.length > 0 ? { UserMFASettingList: mfa } : {}),
      ConfiguredUserAuthFactors: allowed.filter((factor) => has[factor]),
    };
  };
