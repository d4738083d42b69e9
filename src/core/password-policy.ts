/** A user pool's password policy, in the words of Cognito's `PasswordPolicyType` (camelCase). */
export interface PasswordPolicy {
  /** 6 to 99 in Cognito; 8 by default. */
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/** What Cognito applies to a pool created without a policy. */
export const defaultPasswordPolicy: Readonly<PasswordPolicy> = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/**
 * Cognito's special characters, from the developer guide ("Adding user pool password requirements"):
 * ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + -  and "the space character is also treated as
 * a special character" (though a password can never start or end with one: the API's `PasswordType` pattern).
 */
export const cognitoPasswordSymbols = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

/** One line of the checklist, in the order Cognito checks them (length first). */
export type PasswordRule = 'minimumLength' | 'requireLowercase' | 'requireUppercase' | 'requireNumbers' | 'requireSymbols';

export interface PasswordRuleResult {
  rule: PasswordRule;
  met: boolean;
}

// "Upper case" and "lower case" are Basic Latin letters in Cognito's guide, numbers the ASCII digits: an "É" counts
// for neither, exactly as Cognito refuses it.
const tests: Record<Exclude<PasswordRule, 'minimumLength'>, (password: string) => boolean> = {
  requireLowercase: (p) => /[a-z]/.test(p),
  requireUppercase: (p) => /[A-Z]/.test(p),
  requireNumbers: (p) => /[0-9]/.test(p),
  requireSymbols: (p) => [...p].some((c) => cognitoPasswordSymbols.includes(c)),
};

/** The policy with every rule the app did not state at Cognito's default. */
export function resolvePasswordPolicy(policy: Partial<PasswordPolicy> | undefined): PasswordPolicy {
  return { ...defaultPasswordPolicy, ...policy };
}

/**
 * Each rule the policy turns on, met or not. Length counts characters as Cognito does (UTF-16 code units, as
 * Java's String.length).
 */
export function checkPassword(password: string, policy: Partial<PasswordPolicy> | undefined): PasswordRuleResult[] {
  const p = resolvePasswordPolicy(policy);
  const results: PasswordRuleResult[] = [{ rule: 'minimumLength', met: password.length >= p.minimumLength }];
  for (const rule of ['requireLowercase', 'requireUppercase', 'requireNumbers', 'requireSymbols'] as const) {
    if (p[rule]) results.push({ rule, met: tests[rule](password) });
  }
  return results;
}
