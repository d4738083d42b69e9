import type { AuthMessages } from './messages.js';

/** The strings of the password checklist under new-password fields, shipped only with it (on demand). */
export type PasswordRuleMessageKey =
  | 'passwordHint'
  | 'passwordRuleLength'
  | 'passwordRuleLowercase'
  | 'passwordRuleUppercase'
  | 'passwordRuleNumber'
  | 'passwordRuleSymbol'
  | 'passwordRuleState'
  | 'passwordRulesAllMet';
export type PasswordRuleMessages = Pick<AuthMessages, PasswordRuleMessageKey>;

export const passwordRuleMessages: PasswordRuleMessages = {
  passwordHint: 'Your password needs:',
  passwordRuleLength: (length) => `At least ${length} characters`,
  passwordRuleLowercase: 'A lowercase letter (a–z)',
  passwordRuleUppercase: 'An uppercase letter (A–Z)',
  passwordRuleNumber: 'A number (0–9)',
  passwordRuleSymbol: 'A symbol, such as ! ? # @ or a space',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'done' : 'missing'}`,
  passwordRulesAllMet: 'Your password meets every requirement.',
};
