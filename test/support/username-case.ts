import type { Clock } from 'cognito-local/lib/services/clock.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { DataStore } from 'cognito-local/lib/services/dataStore/dataStore.js';
import type { DataStoreFactory } from 'cognito-local/lib/services/dataStore/factory.js';
import {
  UserPoolServiceImpl,
  attributeValue,
  type User,
  type UserPool,
  type UserPoolService,
  type UserPoolServiceFactory,
} from 'cognito-local/lib/services/userPoolService.js';

/**
 * Cognito's rule (developer guide, "User pool case sensitivity"; API reference, UsernameConfigurationType):
 * a pool created with `UsernameConfiguration: { CaseSensitive: false }` treats `User@Example.com` and
 * `user@example.com` as the same user, for the username and for the `email` alias (Cognito also folds
 * `preferred_username`, an alias cognito-local does not support), everywhere a user is named: sign-in, sign-up duplicates, codes, admin calls. Without `UsernameConfiguration`
 * the CreateUserPool API makes a case-sensitive pool ("If you do not specify a value, CaseSensitive defaults to
 * true"; the console is what defaults to case-insensitive since 12 February 2020), so a pool keeps the exact
 * comparison unless it was created with `CaseSensitive: false`. The harness's `createPool` asks for that, as the
 * console does.
 */
export function isCaseInsensitive(options: Pick<UserPool, 'UsernameConfiguration'>): boolean {
  return options.UsernameConfiguration?.CaseSensitive === false;
}

// toLowerCase is locale-independent in JavaScript (no Turkish dotless i surprises).
const fold = (value: string): string => value.toLowerCase();

/**
 * cognito-local's user pool with Cognito's username case rule. Every target finds users through
 * `getUserByUsername`, so this one method makes all of them (InitiateAuth, SignUp's duplicate check,
 * ConfirmSignUp, ForgotPassword, Admin*, and the harness's own gap targets) case-insensitive together.
 *
 * What is stored stays what the user typed: AWS's knowledge-center article on sign-in case sensitivity says
 * "Amazon Cognito stores the email address as you entered it, but handles it as case-insensitive for
 * authentication". (A later revision of the developer guide adds that mixed-case values are "flattened to
 * lowercase" in outputs such as GetUser and userInfo; the two sources disagree and the harness does not
 * rewrite outputs.)
 */
export class UsernameCaseUserPoolService extends UserPoolServiceImpl {
  override async getUserByUsername(ctx: Context, username: string): Promise<User | null> {
    const exact = await super.getUserByUsername(ctx, username);
    if (exact || !isCaseInsensitive(this.options)) return exact;

    const wanted = fold(username);
    const emailIsAlias = this.options.UsernameAttributes?.includes('email') ?? false;
    const users = await this.listUsers(ctx);
    return (
      users.find((user) => fold(user.Username) === wanted) ??
      (emailIsAlias ? users.find((user) => fold(attributeValue('email', user.Attributes) ?? '') === wanted) : undefined) ??
      null
    );
  }
}

/** cognito-local's UserPoolServiceFactoryImpl, building the service above. */
export class UsernameCaseUserPoolServiceFactory implements UserPoolServiceFactory {
  constructor(
    private readonly clock: Clock,
    private readonly dataStoreFactory: DataStoreFactory,
  ) {}

  async create(ctx: Context, clientsDataStore: DataStore, defaultOptions: UserPool): Promise<UserPoolService> {
    const dataStore = await this.dataStoreFactory.create(ctx, defaultOptions.Id, { Users: {}, Options: defaultOptions });
    const options = await dataStore.get<UserPool>(ctx, 'Options', defaultOptions);
    return new UsernameCaseUserPoolService(clientsDataStore, this.clock, dataStore, options);
  }
}
