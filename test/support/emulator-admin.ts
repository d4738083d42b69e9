import { randomUUID } from 'node:crypto';
import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { attributesFromRecord, type UserPool } from 'cognito-local/lib/services/userPoolService.js';
import type { AdminAddUserToGroupTarget } from 'cognito-local/lib/targets/adminAddUserToGroup.js';
import type { AdminConfirmSignUpTarget } from 'cognito-local/lib/targets/adminConfirmSignUp.js';
import type { AdminCreateUserTarget } from 'cognito-local/lib/targets/adminCreateUser.js';
import type { AdminUpdateUserAttributesTarget } from 'cognito-local/lib/targets/adminUpdateUserAttributes.js';
import type { CreateGroupTarget } from 'cognito-local/lib/targets/createGroup.js';
import type { CreateUserPoolTarget } from 'cognito-local/lib/targets/createUserPool.js';
import type { CreateUserPoolClientTarget } from 'cognito-local/lib/targets/createUserPoolClient.js';
import type { SetUserPoolMfaConfigTarget } from 'cognito-local/lib/targets/setUserPoolMfaConfig.js';
import type { SignUpTarget } from 'cognito-local/lib/targets/signUp.js';
import type { UpdateUserPoolClientTarget } from 'cognito-local/lib/targets/updateUserPoolClient.js';
import type { TargetName } from 'cognito-local/lib/targets/Target.js';
import type { DeviceConfiguration } from './device-tracking';
import { AWS_DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './password-policy';
import type { RefreshTokenRotationType } from './refresh-token-rotation';
import type { FirstAuthFactor } from './sign-in-policy';
import { isCaseInsensitive } from './username-case';
import { passkeysOf, savePasskeys } from './passkey-store';
import type { SoftwareAuthenticator } from './software-authenticator';

export interface EmulatorPool {
  userPoolId: string;
  /** Normal token lifetimes (access and id token 1 h unless `accessTokenSeconds`). */
  clientId: string;
  /** Access and id tokens valid `shortTokenSeconds` (default 4 s), refresh token 1 day. */
  shortClientId: string;
  issuer: string;
  jwksUri: string;
  /** How the pool was created (fixed for its life, as in Cognito): true when emails differing in case are distinct users. */
  caseSensitive: boolean;
}

export interface CreatePoolOptions {
  name?: string;
  accessTokenSeconds?: number;
  shortTokenSeconds?: number;
  /**
   * Default false: `User@Example.com` and `user@example.com` are one user, as in a pool made in the AWS console.
   * true: distinct users, as in a pool made with the CreateUserPool API without `UsernameConfiguration`.
   */
  caseSensitive?: boolean;
  /** Every rule stated, as the console asks for them. Default: Cognito's default policy (8, all four required). */
  passwordPolicy?: PasswordPolicy;
  /** Device tracking ("Remember user devices"); default none, as a new pool. */
  deviceConfiguration?: DeviceConfiguration;
  /** The pool's MFA. Default: optional, with an authenticator app (TOTP) as the one factor. */
  mfa?: PoolMfaOptions;
  /**
   * Both app clients' refresh-token rotation. Default off. ENABLED also leaves ALLOW_REFRESH_TOKEN_AUTH out of their
   * auth flows, as AWS asks of a client with rotation.
   */
  refreshTokenRotation?: RefreshTokenRotationType;
  /**
   * Both app clients' PreventUserExistenceErrors. Default LEGACY, what the API sets when a request names none (the
   * console's default is ENABLED): unknown users are reported as such.
   */
  preventUserExistenceErrors?: 'ENABLED' | 'LEGACY';
  /**
   * The pool's `Policies.SignInPolicy` (choice-based sign-in). Default none: passwords only. When given, both app
   * clients also allow USER_AUTH.
   */
  signInPolicy?: { allowedFirstAuthFactors: FirstAuthFactor[] };
  /**
   * Both app clients' `ExplicitAuthFlows`, exactly these (the harness refuses any other flow as Cognito does:
   * auth-flow-policy.ts). Default: `ALLOW_USER_SRP_AUTH`, `ALLOW_USER_PASSWORD_AUTH`, `ALLOW_REFRESH_TOKEN_AUTH`, and
   * `ALLOW_USER_AUTH` with a `signInPolicy`. Refresh-token rotation still takes `ALLOW_REFRESH_TOKEN_AUTH` out.
   */
  explicitAuthFlows?: ExplicitAuthFlow[];
  /** The pool's `WebAuthnConfiguration` (SetUserPoolMfaConfig); UserVerification defaults to preferred, as in AWS. */
  webAuthn?: { relyingPartyId: string; userVerification?: 'required' | 'preferred' };
  /** What users sign in with (test/support/sign-in-identifiers.ts). Default `usernameAttributes: ['email']`; give `aliasAttributes` for a username pool with aliases. */
  usernameAttributes?: Array<'email' | 'phone_number'>;
  aliasAttributes?: Array<'email' | 'phone_number' | 'preferred_username'>;
  /** Custom attributes (named without `custom:`, as CreateUserPool takes them) and required standard ones. */
  schema?: Array<{ Name: string; AttributeDataType?: 'String' | 'Number' | 'DateTime' | 'Boolean'; Required?: boolean; Mutable?: boolean }>;
}

/** CreateUserPoolClient's `ExplicitAuthFlows` values (the current ones; the legacy ones without `ALLOW_` are left out). */
export type ExplicitAuthFlow =
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_USER_AUTH'
  | 'ALLOW_CUSTOM_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH';

export interface PoolMfaOptions {
  /** `ON`: every user must sign in with a factor, and one without any sets one up at sign-in (MFA_SETUP). */
  configuration?: 'OFF' | 'OPTIONAL' | 'ON';
  /** Default true. */
  totp?: boolean;
  /** Email MFA (EMAIL_OTP), as `EmailMfaConfiguration` turns it on. Default false. */
  email?: boolean;
}

/** The settings of AdminSetUserMFAPreference, one per factor; a factor left out is left as it was. */
export interface MfaPreferenceSettings {
  totp?: { enabled: boolean; preferred?: boolean };
  email?: { enabled: boolean; preferred?: boolean };
}

const CLIENT_NAME = 'web';
const SHORT_CLIENT_NAME = 'web-short-tokens';
const AUTH_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

type AnyTarget = (ctx: Context, req: never) => Promise<unknown>;

/**
 * Set-up calls go straight to the (gap-filled) router: the emulator's own targets, but not over HTTP, so they
 * stay out of the request log that tests assert on.
 */
export function emulatorAdmin(router: Router, services: Services, ctx: Context, endpoint: () => string) {
  const call = <T extends AnyTarget>(target: TargetName, req: Parameters<T>[1]): Promise<Awaited<ReturnType<T>>> =>
    router(target)(ctx, req);

  const describePool = (options: UserPool, clientId: string, shortClientId: string): EmulatorPool => {
    const issuer = `${endpoint()}/${options.Id}`;
    return {
      userPoolId: options.Id,
      clientId,
      shortClientId,
      issuer,
      jwksUri: `${issuer}/.well-known/jwks.json`,
      caseSensitive: !isCaseInsensitive(options),
    };
  };

  const createClient = async (
    userPoolId: string,
    name: string,
    tokenSeconds: number,
    refreshDays: number,
    rotation: RefreshTokenRotationType | undefined,
    preventUserExistenceErrors: 'ENABLED' | 'LEGACY',
    userAuth: boolean,
    explicitAuthFlows: readonly ExplicitAuthFlow[] | undefined,
  ) => {
    const rotating = rotation?.Feature === 'ENABLED';
    const flows: string[] = explicitAuthFlows ? [...explicitAuthFlows] : [...AUTH_FLOWS, ...(userAuth ? ['ALLOW_USER_AUTH'] : [])];
    const { UserPoolClient } = await call<CreateUserPoolClientTarget>('CreateUserPoolClient', {
      UserPoolId: userPoolId,
      ClientName: name,
      ExplicitAuthFlows: rotating ? flows.filter((flow) => flow !== 'ALLOW_REFRESH_TOKEN_AUTH') : flows,
      ...(rotation ? { RefreshTokenRotation: rotation } : {}),
      PreventUserExistenceErrors: preventUserExistenceErrors,
      AccessTokenValidity: tokenSeconds,
      IdTokenValidity: tokenSeconds,
      RefreshTokenValidity: refreshDays,
      TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'seconds', RefreshToken: 'days' },
    });
    if (!UserPoolClient?.ClientId) throw new Error(`The emulator created no app client "${name}"`);
    return UserPoolClient.ClientId;
  };

  const createPool = async (options: CreatePoolOptions = {}): Promise<EmulatorPool> => {
    const { UserPool } = await call<CreateUserPoolTarget>('CreateUserPool', {
      PoolName: options.name ?? `pool-${randomUUID().slice(0, 8)}`,
      ...(options.aliasAttributes ? { AliasAttributes: options.aliasAttributes } : { UsernameAttributes: options.usernameAttributes ?? ['email'] }),
      AutoVerifiedAttributes: options.usernameAttributes?.[0] === 'phone_number' ? ['phone_number'] : ['email'],
      ...(options.schema ? { Schema: options.schema } : {}),
      UsernameConfiguration: { CaseSensitive: options.caseSensitive ?? false },
      Policies: {
        PasswordPolicy: { ...(options.passwordPolicy ?? AWS_DEFAULT_PASSWORD_POLICY) },
        ...(options.signInPolicy ? { SignInPolicy: { AllowedFirstAuthFactors: [...options.signInPolicy.allowedFirstAuthFactors] } } : {}),
      },
      ...(options.deviceConfiguration ? { DeviceConfiguration: { ...options.deviceConfiguration } } : {}),
    });
    if (!UserPool?.Id) throw new Error('The emulator created no user pool');
    if (options.aliasAttributes) {
      // The emulator merges its default (sign-in by email) into every new pool: a username pool has none.
      const created = await services.cognito.getUserPool(ctx, UserPool.Id);
      await created.updateOptions(ctx, { ...created.options, UsernameAttributes: undefined });
    }
    // Optional MFA changes nothing for users without it, and lets a user turn TOTP on as in a typical pool.
    const mfa = options.mfa ?? {};
    await call<SetUserPoolMfaConfigTarget>('SetUserPoolMfaConfig', {
      UserPoolId: UserPool.Id,
      MfaConfiguration: mfa.configuration ?? 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: mfa.totp ?? true },
      ...(mfa.email ? { EmailMfaConfiguration: { Subject: 'Your sign-in code', Message: 'Your code is {####}' } } : {}),
      ...(options.webAuthn
        ? { WebAuthnConfiguration: { RelyingPartyId: options.webAuthn.relyingPartyId, UserVerification: options.webAuthn.userVerification ?? 'preferred' } }
        : {}),
    } as Parameters<SetUserPoolMfaConfigTarget>[1]);
    const rotation = options.refreshTokenRotation;
    const hiding = options.preventUserExistenceErrors ?? 'LEGACY';
    const userAuth = options.signInPolicy !== undefined;
    const flows = options.explicitAuthFlows;
    const clientId = await createClient(UserPool.Id, CLIENT_NAME, options.accessTokenSeconds ?? 3600, 30, rotation, hiding, userAuth, flows);
    const shortClientId = await createClient(UserPool.Id, SHORT_CLIENT_NAME, options.shortTokenSeconds ?? 4, 1, rotation, hiding, userAuth, flows);
    return describePool((await services.cognito.getUserPool(ctx, UserPool.Id)).options, clientId, shortClientId);
  };

  const findPool = async (name: string): Promise<EmulatorPool | undefined> => {
    const pool = (await services.cognito.listUserPools(ctx)).find((p) => p.Name === name);
    if (!pool) return undefined;
    const clients = await services.cognito.listAppClients(ctx, pool.Id);
    const clientId = clients.find((c) => c.ClientName === CLIENT_NAME)?.ClientId;
    const shortClientId = clients.find((c) => c.ClientName === SHORT_CLIENT_NAME)?.ClientId;
    return clientId && shortClientId ? describePool(pool, clientId, shortClientId) : undefined;
  };

  const admin = {
    /** AdminCreateUser with a temporary password (status FORCE_CHANGE_PASSWORD), email verified, no invitation. */
    async createUser(
      userPoolId: string,
      email: string,
      temporaryPassword: string,
      attributes: Record<string, string> = {},
    ): Promise<{ username: string }> {
      const { User } = await call<AdminCreateUserTarget>('AdminCreateUser', {
        UserPoolId: userPoolId,
        Username: email,
        TemporaryPassword: temporaryPassword,
        UserAttributes: attributesFromRecord({ email, email_verified: 'true', ...attributes }),
        MessageAction: 'SUPPRESS',
      });
      if (!User?.Username) throw new Error(`The emulator created no user for ${email}`);
      return { username: User.Username };
    },

    /**
     * SignUp, then confirmed and email verified as if the emailed code had been entered (the sign-up code is still
     * delivered to the inbox).
     */
    async signUpConfirmed(userPoolId: string, clientId: string, email: string, password: string): Promise<{ sub: string }> {
      const { UserSub } = await call<SignUpTarget>('SignUp', {
        ClientId: clientId,
        Username: email,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      });
      await call<AdminConfirmSignUpTarget>('AdminConfirmSignUp', { UserPoolId: userPoolId, Username: UserSub });
      await call<AdminUpdateUserAttributesTarget>('AdminUpdateUserAttributes', {
        UserPoolId: userPoolId,
        Username: UserSub,
        UserAttributes: attributesFromRecord({ email, email_verified: 'true' }),
      });
      return { sub: UserSub };
    },

    /**
     * SMS MFA the only way the emulator supports it: the legacy `MFAOptions` on the user, which no public API
     * sets. Codes arrive in the inbox like emailed ones.
     */
    async enableSmsMfa(userPoolId: string, email: string, phoneNumber: string): Promise<void> {
      const userPool = await services.cognito.getUserPool(ctx, userPoolId);
      const user = await userPool.getUserByUsername(ctx, email);
      if (!user) throw new Error(`No user ${email} in ${userPoolId}`);
      await userPool.saveUser(ctx, {
        ...user,
        Attributes: [...user.Attributes.filter((a) => a.Name !== 'phone_number'), { Name: 'phone_number', Value: phoneNumber }],
        MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }],
      });
    },

    /**
     * AdminUpdateUserAttributes with `phone_number` and `phone_number_verified` (default verified): a phone that SMS_OTP
     * sign-in can use. Its codes arrive in the inbox under the phone number (`codes.waitFor(phoneNumber)`).
     */
    async setPhoneNumber(userPoolId: string, usernameOrEmail: string, phoneNumber: string, verified = true): Promise<void> {
      await call<AdminUpdateUserAttributesTarget>('AdminUpdateUserAttributes', {
        UserPoolId: userPoolId,
        Username: usernameOrEmail,
        UserAttributes: attributesFromRecord({ phone_number: phoneNumber, phone_number_verified: String(verified) }),
      });
    },

    /**
     * A passkey of `authenticator` registered for the user without the registration ceremony (no access token, no
     * request logged): for tests that start signed out and sign in with a passkey. RP id: the pool's.
     */
    async addPasskey(userPoolId: string, usernameOrEmail: string, authenticator: SoftwareAuthenticator): Promise<void> {
      const userPool = await services.cognito.getUserPool(ctx, userPoolId);
      const user = await userPool.getUserByUsername(ctx, usernameOrEmail);
      if (!user) throw new Error(`No user ${usernameOrEmail} in ${userPoolId}`);
      const rpId = (userPool.options as { WebAuthnConfiguration?: { RelyingPartyId?: string } }).WebAuthnConfiguration?.RelyingPartyId;
      if (!rpId) throw new Error(`Pool ${userPoolId} has no WebAuthn relying party (createPool({ webAuthn }))`);
      await savePasskeys(ctx, userPool, user, [
        ...passkeysOf(user),
        {
          CredentialId: authenticator.id,
          PublicKey: Buffer.from(authenticator.publicKeyCose()).toString('base64url'),
          Counter: authenticator.signCount,
          Transports: ['internal'],
          AuthenticatorAttachment: 'platform',
          RelyingPartyId: rpId,
          FriendlyCredentialName: 'Passkey',
          CreatedAt: Math.floor(services.clock.get().getTime() / 1000),
        },
      ]);
    },

    /** AdminSetUserMFAPreference, as an administrator (or a test) turns a user's factors on or off. */
    async setMfaPreference(userPoolId: string, usernameOrEmail: string, settings: MfaPreferenceSettings): Promise<void> {
      const factor = (value: { enabled: boolean; preferred?: boolean } | undefined) =>
        value && { Enabled: value.enabled, PreferredMfa: value.preferred ?? false };
      await router('AdminSetUserMFAPreference')(ctx, {
        UserPoolId: userPoolId,
        Username: usernameOrEmail,
        SoftwareTokenMfaSettings: factor(settings.totp),
        EmailMfaSettings: factor(settings.email),
      });
    },

    /**
     * UpdateUserPoolClient with this RefreshTokenRotation (ENABLED also takes ALLOW_REFRESH_TOKEN_AUTH out of the
     * client's auth flows, as createPool does): for a pool that already exists.
     */
    async setRefreshTokenRotation(userPoolId: string, clientId: string, rotation: RefreshTokenRotationType): Promise<void> {
      const client = await services.cognito.getAppClient(ctx, clientId);
      if (!client) throw new Error(`No app client ${clientId}`);
      const flows = client.ExplicitAuthFlows ?? AUTH_FLOWS;
      await call<UpdateUserPoolClientTarget>('UpdateUserPoolClient', {
        UserPoolId: userPoolId,
        ClientId: clientId,
        ExplicitAuthFlows: rotation.Feature === 'ENABLED' ? flows.filter((flow) => flow !== 'ALLOW_REFRESH_TOKEN_AUTH') : flows,
        RefreshTokenRotation: rotation,
      } as Parameters<UpdateUserPoolClientTarget>[1]);
    },

    async createGroup(userPoolId: string, name: string): Promise<void> {
      await call<CreateGroupTarget>('CreateGroup', { UserPoolId: userPoolId, GroupName: name });
    },

    async addToGroup(userPoolId: string, usernameOrEmail: string, group: string): Promise<void> {
      await call<AdminAddUserToGroupTarget>('AdminAddUserToGroup', {
        UserPoolId: userPoolId,
        Username: usernameOrEmail,
        GroupName: group,
      });
    },
  };

  return { createPool, findPool, admin };
}
