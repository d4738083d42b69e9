import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'הסיסמה צריכה לכלול:',
  passwordRuleLength: (length) => `לפחות ${length} תווים`,
  passwordRuleLowercase: 'אות לטינית קטנה (a–z)',
  passwordRuleUppercase: 'אות לטינית גדולה (A–Z)',
  passwordRuleNumber: 'ספרה (0–9)',
  passwordRuleSymbol: 'סימן כמו ! ? # @ או רווח',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'מתקיים' : 'חסר'}`,
  passwordRulesAllMet: 'הסיסמה עומדת בכל הדרישות.',
};
