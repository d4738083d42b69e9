import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'يجب أن تحتوي كلمة المرور على:',
  passwordRuleLength: (length) => `${length} أحرف على الأقل`,
  passwordRuleLowercase: 'حرف لاتيني صغير (a–z)',
  passwordRuleUppercase: 'حرف لاتيني كبير (A–Z)',
  passwordRuleNumber: 'رقم (0–9)',
  passwordRuleSymbol: 'رمز مثل ! ? # @ أو مسافة',
  passwordRuleState: (rule, met) => `${rule}: ${met ? 'مستوفى' : 'غير مستوفى'}`,
  passwordRulesAllMet: 'كلمة المرور تستوفي جميع المتطلبات.',
};
