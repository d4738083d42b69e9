import { CognitoError, InvalidParameterError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { UserPool } from 'cognito-local/lib/services/userPoolService.js';
import { decodeJwtPayload } from './access-token';

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
}

/** What Cognito applies to a pool created without `Policies` (cognito-local stores the same defaults). */
export const AWS_DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

/**
 * The developer guide's set ("Adding user pool password requirements"):
 * ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + -  and "The space character is also treated as a
 * special character". (A space can still never start or end a password: see PASSWORD_PATTERN.)
 */
export const PASSWORD_SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

// Upper and lower case mean Basic Latin letters (same page), numbers the ASCII digits.
const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;
const DIGIT = /[0-9]/;
const hasSymbol = (password: string): boolean => [...password].some((c) => PASSWORD_SYMBOLS.includes(c));

/**
 * One rule at a time, as Cognito reports them (its message names a single rule). The order among the character
 * rules is from observed answers, not documentation: length first; "12341234" is refused for lowercase before
 * uppercase; "TestTest" for numbers before symbols.
 */
export function passwordPolicyViolation(password: string, policy: PasswordPolicy): string | undefined {
  if (password.length < policy.MinimumLength) return 'Password not long enough';
  if (policy.RequireLowercase && !LOWER.test(password)) return 'Password must have lowercase characters';
  if (policy.RequireUppercase && !UPPER.test(password)) return 'Password must have uppercase characters';
  if (policy.RequireNumbers && !DIGIT.test(password)) return 'Password must have numeric characters';
  if (policy.RequireSymbols && !hasSymbol(password)) return 'Password must have symbol characters';
  return undefined;
}

/** The pool's policy; a rule the pool does not state is Cognito's default. */
export function passwordPolicyOf(pool: Pick<UserPool, 'Policies'>): PasswordPolicy {
  const stated = pool.Policies?.PasswordPolicy ?? {};
  return {
    MinimumLength: stated.MinimumLength ?? AWS_DEFAULT_PASSWORD_POLICY.MinimumLength,
    RequireUppercase: stated.RequireUppercase ?? AWS_DEFAULT_PASSWORD_POLICY.RequireUppercase,
    RequireLowercase: stated.RequireLowercase ?? AWS_DEFAULT_PASSWORD_POLICY.RequireLowercase,
    RequireNumbers: stated.RequireNumbers ?? AWS_DEFAULT_PASSWORD_POLICY.RequireNumbers,
    RequireSymbols: stated.RequireSymbols ?? AWS_DEFAULT_PASSWORD_POLICY.RequireSymbols,
  };
}

export type PasswordOperation =
  | 'SignUp'
  | 'AdminCreateUser'
  | 'AdminSetUserPassword'
  | 'ChangePassword'
  | 'ConfirmForgotPassword'
  | 'RespondToAuthChallenge';

/**
 * Cognito words the InvalidPasswordException differently per operation; the rule after the colon is the same.
 * No AWS page lists these texts. Sources, all answers of real Cognito quoted in public code and issues:
 * - SignUp: "An error occurred (InvalidPasswordException) when calling the SignUp operation: Password did not
 *   conform with policy: Password must have symbol characters" (botocore's wording, quoted verbatim in API docs
 *   and front-end code of several projects).
 * - AdminCreateUser: "… when calling the AdminCreateUser operation: Password did not conform with password policy:
 *   Password must have numeric characters" (data-dot-all/dataall#690 and others).
 * - RespondToAuthChallenge (NEW_PASSWORD_REQUIRED) and ConfirmForgotPassword: "Password does not conform to policy:
 *   Password must have uppercase characters" (tests of completeNewPassword / forgotPasswordSubmit callers).
 * - ChangePassword and AdminSetUserPassword: no quote naming the operation was found; they change the password of
 *   an existing user like the two above, so they get the same wording. Unverified.
 */
export const POLICY_MESSAGE_PREFIX: Readonly<Record<PasswordOperation, string>> = {
  SignUp: 'Password did not conform with policy',
  AdminCreateUser: 'Password did not conform with password policy',
  AdminSetUserPassword: 'Password does not conform to policy',
  ChangePassword: 'Password does not conform to policy',
  ConfirmForgotPassword: 'Password does not conform to policy',
  RespondToAuthChallenge: 'Password does not conform to policy',
};

export class InvalidPasswordPolicyError extends CognitoError {
  constructor(operation: PasswordOperation, rule: string) {
    super('InvalidPasswordException', `${POLICY_MESSAGE_PREFIX[operation]}: ${rule}`);
  }
}

/**
 * The PasswordType constraints of the API model, checked before any policy: at most 256 characters, and no
 * whitespace at either end. The pattern is the one real Cognito quotes when refusing " Pass-word1" (e.g.
 * cds-snc/platform-forms-client#5635: "1 validation error detected: Value at 'password' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: ^[\S]+.*[\S]+$"). Java's \s is ASCII whitespace only.
 */
const PASSWORD_PATTERN_TEXT = '^[\\S]+.*[\\S]+$';
const PASSWORD_PATTERN = /^[^ \t\n\x0B\f\r]+.*[^ \t\n\x0B\f\r]+$/;
const PASSWORD_MAX_LENGTH = 256;

export function assertPasswordParameter(parameter: string, password: string): void {
  const problems: string[] = [];
  if (password.length > PASSWORD_MAX_LENGTH) {
    problems.push(`Value at '${parameter}' failed to satisfy constraint: Member must have length less than or equal to ${PASSWORD_MAX_LENGTH}`);
  }
  if (!PASSWORD_PATTERN.test(password)) {
    problems.push(`Value at '${parameter}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${PASSWORD_PATTERN_TEXT}`);
  }
  if (problems.length === 0) return;
  const count = problems.length === 1 ? '1 validation error detected' : `${problems.length} validation errors detected`;
  throw new InvalidParameterError(`${count}: ${problems.join('; ')}`);
}

export function assertPasswordAllowed(operation: PasswordOperation, password: string, pool: Pick<UserPool, 'Policies'>): void {
  const rule = passwordPolicyViolation(password, passwordPolicyOf(pool));
  if (rule) throw new InvalidPasswordPolicyError(operation, rule);
}

interface SignUpRequest {
  ClientId: string;
  Password?: string;
}
interface AdminCreateUserRequest {
  UserPoolId: string;
  TemporaryPassword?: string;
}
interface AdminSetUserPasswordRequest {
  UserPoolId: string;
  Password?: string;
}
interface ChangePasswordRequest {
  AccessToken?: string;
  ProposedPassword?: string;
}
interface ConfirmForgotPasswordRequest {
  ClientId: string;
  Password?: string;
}
export interface NewPasswordChallengeRequest {
  ClientId: string;
  ChallengeName?: string;
  ChallengeResponses?: Record<string, string>;
}

type ParameterOperation = Exclude<PasswordOperation, 'RespondToAuthChallenge'>;

/** Where each operation's request carries the password, and the parameter name the API model gives it. */
const PASSWORD_PARAMETERS: { [O in ParameterOperation]: { parameter: string; passwordOf: (req: never) => string | undefined } } = {
  SignUp: { parameter: 'password', passwordOf: (r: SignUpRequest) => r.Password },
  AdminCreateUser: { parameter: 'temporaryPassword', passwordOf: (r: AdminCreateUserRequest) => r.TemporaryPassword },
  AdminSetUserPassword: { parameter: 'password', passwordOf: (r: AdminSetUserPasswordRequest) => r.Password },
  ChangePassword: { parameter: 'proposedPassword', passwordOf: (r: ChangePasswordRequest) => r.ProposedPassword },
  ConfirmForgotPassword: { parameter: 'password', passwordOf: (r: ConfirmForgotPasswordRequest) => r.Password },
};

/**
 * The API model's constraints on the password of `target`'s request (nothing for other operations). AWS checks a
 * request against the model before anything else, the access token of ChangePassword included.
 */
export function assertPasswordParameters(target: string, req: unknown): void {
  const where = (PASSWORD_PARAMETERS as Record<string, (typeof PASSWORD_PARAMETERS)[ParameterOperation] | undefined>)[target];
  const password = where?.passwordOf(req as never);
  if (where && typeof password === 'string') assertPasswordParameter(where.parameter, password);
}

/**
 * The emulator's operations that set a password, each refusing what Cognito refuses before it runs: a password
 * outside the API's constraints (InvalidParameterException), then one the pool's policy does not allow
 * (InvalidPasswordException). The check comes before the operation's own work, so a refused ConfirmForgotPassword
 * leaves the code usable for the next try and a refused SignUp stores nothing.
 */
export function passwordPolicyTargets({ cognito }: Pick<Services, 'cognito'>, emulator: Router) {
  const poolOfClient = async (ctx: Context, clientId: string) => (await cognito.getUserPoolForClientId(ctx, clientId)).options;
  const poolById = async (ctx: Context, userPoolId: string) => (await cognito.getUserPool(ctx, userPoolId)).options;

  const guarded =
    <R>(operation: ParameterOperation, poolOf: (ctx: Context, req: R) => Promise<UserPool | undefined>): Route =>
    async (ctx: Context, req: R) => {
      const password = PASSWORD_PARAMETERS[operation].passwordOf(req as never);
      if (typeof password === 'string') {
        assertPasswordParameters(operation, req);
        const pool = await poolOf(ctx, req);
        if (pool) assertPasswordAllowed(operation, password, pool);
      }
      return emulator(operation)(ctx, req);
    };

  return {
    SignUp: guarded<SignUpRequest>('SignUp', (ctx, r) => poolOfClient(ctx, r.ClientId)),
    AdminCreateUser: guarded<AdminCreateUserRequest>('AdminCreateUser', (ctx, r) => poolById(ctx, r.UserPoolId)),
    AdminSetUserPassword: guarded<AdminSetUserPasswordRequest>('AdminSetUserPassword', (ctx, r) => poolById(ctx, r.UserPoolId)),
    // The pool is the one of the token's app client (the token was checked before this runs: access-token-checks.ts).
    ChangePassword: guarded<ChangePasswordRequest>('ChangePassword', async (ctx, r) => {
      const clientId = decodeJwtPayload(r.AccessToken)?.client_id;
      return typeof clientId === 'string' ? poolOfClient(ctx, clientId) : undefined;
    }),
    ConfirmForgotPassword: guarded<ConfirmForgotPasswordRequest>('ConfirmForgotPassword', (ctx, r) => poolOfClient(ctx, r.ClientId)),
  } satisfies Record<ParameterOperation, Route>;
}

/**
 * NEW_PASSWORD_REQUIRED's NEW_PASSWORD sits in the ChallengeResponses map, which has no constraints in the API
 * model: only the policy applies.
 */
export async function assertNewPasswordChallengeAllowed(
  { cognito }: Pick<Services, 'cognito'>,
  ctx: Context,
  req: NewPasswordChallengeRequest,
): Promise<void> {
  const password = req.ChallengeResponses?.NEW_PASSWORD;
  if (req.ChallengeName !== 'NEW_PASSWORD_REQUIRED' || typeof password !== 'string') return;
  const pool = (await cognito.getUserPoolForClientId(ctx, req.ClientId)).options;
  assertPasswordAllowed('RespondToAuthChallenge', password, pool);
}
