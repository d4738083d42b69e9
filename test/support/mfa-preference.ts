import { InvalidParameterError, NotAuthorizedError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { attributeValue, type User, type UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { decodeJwtPayload } from './access-token';
import { poolFactors, type MfaFactor, type PoolWithEmailMfa } from './pool-mfa-config';

interface FactorSettings {
  Enabled?: boolean;
  PreferredMfa?: boolean;
}

interface MfaPreferenceRequest {
  SMSMfaSettings?: FactorSettings | null;
  SoftwareTokenMfaSettings?: FactorSettings | null;
  EmailMfaSettings?: FactorSettings | null;
}

/**
 * The user's MFA settings as SetUserMFAPreference changes them (API reference): a factor not named in the request
 * is left as it was; `PreferredMfa: true` makes it the one Cognito asks for; turning off or un-preferring the
 * preferred factor leaves none preferred. The emulator's target knows only SMS and TOTP and forgets the preference
 * of factors the request does not name.
 */
function applyPreference(user: User, pool: PoolWithEmailMfa, req: MfaPreferenceRequest): Pick<User, 'UserMFASettingList' | 'PreferredMfaSetting'> {
  const methods = new Set(user.UserMFASettingList ?? []);
  let preferred = user.PreferredMfaSetting;
  const apply = (factor: MfaFactor, settings: FactorSettings | null | undefined) => {
    if (!settings) return;
    if (settings.Enabled === true) methods.add(factor);
    if (settings.Enabled === false) methods.delete(factor);
    if (settings.PreferredMfa === true) preferred = factor;
    else if (preferred === factor && (settings.PreferredMfa === false || settings.Enabled === false)) preferred = undefined;
  };
  if (req.SoftwareTokenMfaSettings?.Enabled && !user.SoftwareTokenMfaConfiguration?.Verified) {
    throw new InvalidParameterError('User has not verified software token mfa');
  }
  if (req.EmailMfaSettings?.Enabled) {
    if (!poolFactors(pool).includes('EMAIL_OTP')) throw new InvalidParameterError('Email MFA is not enabled for this user pool.');
    if (!attributeValue('email', user.Attributes)) throw new InvalidParameterError('User does not have an email address.');
  }
  apply('SMS_MFA', req.SMSMfaSettings);
  apply('SOFTWARE_TOKEN_MFA', req.SoftwareTokenMfaSettings);
  apply('EMAIL_OTP', req.EmailMfaSettings);
  if (preferred && !methods.has(preferred)) throw new InvalidParameterError(`Cannot set ${preferred} as preferred: it is not enabled`);
  return { UserMFASettingList: [...methods], PreferredMfaSetting: preferred };
}

async function save(ctx: Context, userPool: UserPoolService, user: User, req: MfaPreferenceRequest): Promise<Record<string, never>> {
  await userPool.saveUser(ctx, { ...user, ...applyPreference(user, userPool.options, req) });
  return {};
}

/** SetUserMFAPreference with email MFA; the access token was checked before this runs. */
export const setUserMfaPreference =
  ({ cognito }: Pick<Services, 'cognito'>): Route =>
  async (ctx: Context, req: MfaPreferenceRequest & { AccessToken?: string }) => {
    const claims = decodeJwtPayload(req.AccessToken);
    if (typeof claims?.client_id !== 'string' || typeof claims.sub !== 'string') throw new NotAuthorizedError('Invalid Access Token');
    const userPool = await cognito.getUserPoolForClientId(ctx, claims.client_id);
    const user = await userPool.getUserByUsername(ctx, claims.sub);
    if (!user) throw new NotAuthorizedError();
    return save(ctx, userPool, user, req);
  };

/** AdminSetUserMFAPreference: the same settings for a user named by the pool's administrator. */
export const adminSetUserMfaPreference =
  ({ cognito }: Pick<Services, 'cognito'>): Route =>
  async (ctx: Context, req: MfaPreferenceRequest & { UserPoolId: string; Username: string }) => {
    const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError('User does not exist.');
    return save(ctx, userPool, user, req);
  };
