import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'Votre mot de passe doit contenir :',
  passwordRuleLength: (length) => `Au moins ${length} caractères`,
  passwordRuleLowercase: 'Une lettre minuscule (a–z)',
  passwordRuleUppercase: 'Une lettre majuscule (A–Z)',
  passwordRuleNumber: 'Un chiffre (0–9)',
  passwordRuleSymbol: 'Un symbole, par exemple ! ? # @ ou une espace',
  passwordRuleState: (rule, met) => `${rule} : ${met ? 'fait' : 'manquant'}`,
  passwordRulesAllMet: 'Votre mot de passe remplit toutes les exigences.',
};
