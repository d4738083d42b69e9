import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'Tu contraseña necesita:',
  passwordRuleLength: (length) => `Al menos ${length} caracteres`,
  passwordRuleLowercase: 'Una letra minúscula (a–z)',
  passwordRuleUppercase: 'Una letra mayúscula (A–Z)',
  passwordRuleNumber: 'Un número (0–9)',
  passwordRuleSymbol: 'Un símbolo, como ! ? # @ o un espacio',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'cumplido' : 'falta'}`,
  passwordRulesAllMet: 'Tu contraseña cumple todos los requisitos.',
};
