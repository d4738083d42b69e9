import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'Ihr Passwort braucht:',
  passwordRuleLength: (length) => `Mindestens ${length} Zeichen`,
  passwordRuleLowercase: 'Einen Kleinbuchstaben (a–z)',
  passwordRuleUppercase: 'Einen Großbuchstaben (A–Z)',
  passwordRuleNumber: 'Eine Ziffer (0–9)',
  passwordRuleSymbol: 'Ein Sonderzeichen wie ! ? # @ oder ein Leerzeichen',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'erfüllt' : 'fehlt noch'}`,
  passwordRulesAllMet: 'Ihr Passwort erfüllt alle Anforderungen.',
};
