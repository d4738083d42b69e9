import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { UserPool } from 'cognito-local/lib/services/userPoolService.js';

/** The factors a pool can let its users sign in with, in the names Cognito's challenges use. */
export type MfaFactor = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

export interface EmailMfaConfiguration {
  Message?: string;
  Subject?: string;
}

/** The emulator's pool type predates email MFA; the setting is kept in the pool's options under Cognito's name. */
export type PoolWithEmailMfa = UserPool & { EmailMfaConfiguration?: EmailMfaConfiguration };

interface SetUserPoolMfaConfigRequest {
  UserPoolId: string;
  MfaConfiguration?: 'OFF' | 'ON' | 'OPTIONAL';
  SoftwareTokenMfaConfiguration?: { Enabled?: boolean };
  EmailMfaConfiguration?: EmailMfaConfiguration;
}

/**
 * SetUserPoolMfaConfig keeping `EmailMfaConfiguration` (API reference: "Sets configuration for user pool email
 * MFA"; its presence is what turns email MFA on), which the emulator's own target drops.
 */
export function setUserPoolMfaConfig({ cognito }: Pick<Services, 'cognito'>, emulatorRoute: Route): Route {
  return async (ctx: Context, req: SetUserPoolMfaConfigRequest) => {
    const response = (await emulatorRoute(ctx, req)) as Record<string, unknown>;
    const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
    const options = userPool.options as PoolWithEmailMfa;
    if (req.EmailMfaConfiguration) await userPool.updateOptions(ctx, { ...options, EmailMfaConfiguration: req.EmailMfaConfiguration } as UserPool);
    const email = req.EmailMfaConfiguration ?? options.EmailMfaConfiguration;
    return email ? { ...response, EmailMfaConfiguration: email } : response;
  };
}

/** Which factors the pool offers; SMS only when the pool has an SMS configuration. */
export function poolFactors(pool: PoolWithEmailMfa): MfaFactor[] {
  const factors: MfaFactor[] = [];
  if (pool.SmsConfiguration) factors.push('SMS_MFA');
  if (pool.SoftwareTokenMfaConfiguration?.Enabled) factors.push('SOFTWARE_TOKEN_MFA');
  if (pool.EmailMfaConfiguration) factors.push('EMAIL_OTP');
  return factors;
}
