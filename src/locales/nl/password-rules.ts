import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'Je wachtwoord heeft nodig:',
  passwordRuleLength: (length) => `Minstens ${length} tekens`,
  passwordRuleLowercase: 'Een kleine letter (a–z)',
  passwordRuleUppercase: 'Een hoofdletter (A–Z)',
  passwordRuleNumber: 'Een cijfer (0–9)',
  passwordRuleSymbol: 'Een symbool, zoals ! ? # @ of een spatie',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'in orde' : 'ontbreekt'}`,
  passwordRulesAllMet: 'Je wachtwoord voldoet aan alle eisen.',
};
