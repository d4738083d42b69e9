import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'A sua senha precisa ter:',
  passwordRuleLength: (length) => `Pelo menos ${length} caracteres`,
  passwordRuleLowercase: 'Uma letra minúscula (a–z)',
  passwordRuleUppercase: 'Uma letra maiúscula (A–Z)',
  passwordRuleNumber: 'Um número (0–9)',
  passwordRuleSymbol: 'Um símbolo, como ! ? # @ ou um espaço',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'ok' : 'falta'}`,
  passwordRulesAllMet: 'A sua senha atende a todos os requisitos.',
};
