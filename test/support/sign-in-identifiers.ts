import { InvalidParameterError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Clock } from 'cognito-local/lib/services/clock.js';
import type { DataStore } from 'cognito-local/lib/services/dataStore/dataStore.js';
import type { DataStoreFactory } from 'cognito-local/lib/services/dataStore/factory.js';
import { attributeValue, type User, type UserPool, type UserPoolService, type UserPoolServiceFactory } from 'cognito-local/lib/services/userPoolService.js';
import { UsernameCaseUserPoolService } from './username-case';

// What users sign in with, as Cognito's pool settings make it (developer guide, "User pool attributes" ›
// "Username and preferred username"; API reference, CreateUserPool `UsernameAttributes` / `AliasAttributes`,
// SignUp). cognito-local knows `UsernameAttributes: ['email']` and the phone number as a lookup, no more.

interface SignUpRequest {
  ClientId: string;
  Username: string;
  Password: string;
  UserAttributes?: Array<{ Name: string; Value?: string }>;
}

// "A phone number must start with a plus (+) sign, followed immediately by the country code. A phone number can
// only contain the + sign and digits." (E.164: at most 15 digits.)
const phonePattern = /^\+\d{1,15}$/;
const emailShape = /^[^\s@]+@[^\s@]+$/;

/** Cognito's checks of SignUp's username and attributes for the pool's sign-in settings and schema. */
export function assertSignUpFitsPool(pool: UserPool, req: SignUpRequest): void {
  const attributes = req.UserAttributes ?? [];
  const byUsername = pool.UsernameAttributes ?? [];
  const email = byUsername.includes('email');
  const phone = byUsername.includes('phone_number');
  if (email && phone && !emailShape.test(req.Username) && !phonePattern.test(req.Username)) {
    throw new InvalidParameterError('Username should be either an email or a phone number.');
  }
  if (phone && !email && !phonePattern.test(req.Username)) throw new InvalidParameterError('Username should be a phone number.');
  const aliases = pool.AliasAttributes ?? [];
  if (aliases.includes('email') && emailShape.test(req.Username)) {
    throw new InvalidParameterError('Username cannot be of email format, since user pool is configured for email alias.');
  }
  if (aliases.includes('phone_number') && phonePattern.test(req.Username)) {
    throw new InvalidParameterError('Username cannot be of phone number format, since user pool is configured for phone number alias.');
  }
  const phoneNumber = attributeValue('phone_number', attributes);
  if (phoneNumber !== undefined && !phonePattern.test(phoneNumber)) throw new InvalidParameterError('Invalid phone number format.');
  // Every attribute must be in the schema (custom ones as "custom:<name>"), and every required one given.
  const schema = pool.SchemaAttributes ?? [];
  const known = new Set(schema.map((a) => a.Name));
  const problems = [
    ...attributes.filter((a) => !known.has(a.Name)).map((a) => `${a.Name}: Attribute does not exist in the schema.`),
    ...schema
      .filter((a) => a.Required && a.Name && a.Name !== 'sub' && !attributes.some((given) => given.Name === a.Name))
      .filter((a) => !(a.Name === 'phone_number' && phone && !email) && !(a.Name === 'email' && email && !phone))
      .map((a) => `${a.Name}: The attribute is required`),
  ];
  if (problems.length) throw new InvalidParameterError(`Attributes did not conform to the schema: ${problems.join('\n')}`);
}

/**
 * SignUp as Cognito does it for the pool's sign-in settings: the checks above, then, where the phone number is the
 * username, the number stored as the `phone_number` attribute and the user named by their `sub` (as the emulator
 * already does for email).
 */
export function signUpForPool(services: Services, emulatorSignUp: Route): Route {
  return async (ctx: Context, req: SignUpRequest) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    assertSignUpFitsPool(userPool.options, req);
    const phoneIsUsername = (userPool.options.UsernameAttributes ?? []).includes('phone_number') && phonePattern.test(req.Username);
    const attributes = req.UserAttributes ?? [];
    const sent =
      phoneIsUsername && attributeValue('phone_number', attributes) === undefined ? { ...req, UserAttributes: [...attributes, { Name: 'phone_number', Value: req.Username }] } : req;
    const result = (await emulatorSignUp(ctx, sent)) as { UserSub: string };
    if (phoneIsUsername) {
      const user = await userPool.getUserByUsername(ctx, req.Username);
      if (user && user.Username !== result.UserSub) {
        await userPool.deleteUser(ctx, user);
        await userPool.saveUser(ctx, { ...user, Username: result.UserSub });
      }
    }
    return result;
  };
}

/**
 * Sign-in by alias (`AliasAttributes`): the username, or a verified email or phone number, or the preferred username
 * (no verification needed), wherever a user is looked up. An unverified email or phone number is no alias: "the
 * alias … must be verified" (developer guide).
 */
export class AliasUserPoolService extends UsernameCaseUserPoolService {
  override async getUserByUsername(ctx: Context, username: string): Promise<User | null> {
    const found = await super.getUserByUsername(ctx, username);
    const aliases = this.options.AliasAttributes ?? [];
    if (found || !aliases.length) return found;
    const folded = this.options.UsernameConfiguration?.CaseSensitive === false ? (v: string) => v.toLowerCase() : (v: string) => v;
    const wanted = folded(username);
    const users = await this.listUsers(ctx);
    const is = (user: User, name: string, verifiedBy?: string) =>
      aliases.includes(name) &&
      folded(attributeValue(name, user.Attributes) ?? '\u0000') === wanted &&
      (!verifiedBy || attributeValue(verifiedBy, user.Attributes) === 'true');
    return (
      users.find((user) => is(user, 'email', 'email_verified') || is(user, 'phone_number', 'phone_number_verified') || is(user, 'preferred_username')) ?? null
    );
  }
}

/** The user pools of the harness: Cognito's username case rule and sign-in by alias. */
export class AliasUserPoolServiceFactory implements UserPoolServiceFactory {
  constructor(
    private readonly clock: Clock,
    private readonly dataStoreFactory: DataStoreFactory,
  ) {}

  async create(ctx: Context, clientsDataStore: DataStore, defaultOptions: UserPool): Promise<UserPoolService> {
    const dataStore = await this.dataStoreFactory.create(ctx, defaultOptions.Id, { Users: {}, Options: defaultOptions });
    const options = await dataStore.get<UserPool>(ctx, 'Options', defaultOptions);
    return new AliasUserPoolService(clientsDataStore, this.clock, dataStore, options);
  }
}

/**
 * Confirming a sign-up with the code Cognito texted verifies the phone number (the emulator verifies nothing; the
 * email side is confirm-sign-up-verifies-email.ts): without it a phone user could not reset a forgotten password.
 */
export function confirmSignUpVerifyingPhone(services: Services, confirm: Route): Route {
  return async (ctx: Context, req: { ClientId: string; Username: string }) => {
    const result: unknown = await confirm(ctx, req);
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (user && userPool.options.AutoVerifiedAttributes?.includes('phone_number') && attributeValue('phone_number', user.Attributes)) {
      await userPool.saveUser(ctx, {
        ...user,
        Attributes: [...user.Attributes.filter((a) => a.Name !== 'phone_number_verified'), { Name: 'phone_number_verified', Value: 'true' }],
      });
    }
    return result;
  };
}

/**
 * ForgotPassword for a user with a verified phone number and no email (a pool that signs in by phone): Cognito texts
 * the code; the emulator only knows email ("Unsupported: ForgotPassword without email on user").
 */
export function forgotPasswordBySms({ cognito, clock, messages, otp }: Pick<Services, 'cognito' | 'clock' | 'messages' | 'otp'>, forgotPassword: Route): Route {
  return async (ctx: Context, req: { ClientId: string; Username: string; ClientMetadata?: Record<string, string> }) => {
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    const phone = user ? attributeValue('phone_number', user.Attributes) : undefined;
    if (!user || attributeValue('email', user.Attributes) || !phone || attributeValue('phone_number_verified', user.Attributes) !== 'true') {
      return forgotPassword(ctx, req);
    }
    const deliveryDetails = { AttributeName: 'phone_number' as const, DeliveryMedium: 'SMS' as const, Destination: phone };
    const code = otp();
    await messages.deliver(ctx, 'ForgotPassword', req.ClientId, userPool.options.Id, user, code, req.ClientMetadata, deliveryDetails);
    await userPool.saveUser(ctx, { ...user, UserLastModifiedDate: clock.get(), ConfirmationCode: code });
    return { CodeDeliveryDetails: deliveryDetails };
  };
}
