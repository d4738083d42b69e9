import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'La password deve contenere:',
  passwordRuleLength: (length) => `Almeno ${length} caratteri`,
  passwordRuleLowercase: 'Una lettera minuscola (a–z)',
  passwordRuleUppercase: 'Una lettera maiuscola (A–Z)',
  passwordRuleNumber: 'Un numero (0–9)',
  passwordRuleSymbol: 'Un simbolo, come ! ? # @ o uno spazio',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'fatto' : 'mancante'}`,
  passwordRulesAllMet: 'La password soddisfa tutti i requisiti.',
};
