import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: 'パスワードの条件:',
  passwordRuleLength: (length) => `${length} 文字以上`,
  passwordRuleLowercase: '英小文字（a–z）を含む',
  passwordRuleUppercase: '英大文字（A–Z）を含む',
  passwordRuleNumber: '数字（0–9）を含む',
  passwordRuleSymbol: '記号（! ? # @ など）またはスペースを含む',
  passwordRuleState: (rule, met) => `${rule}: ${met ? '満たしています' : '未達成'}`,
  passwordRulesAllMet: 'パスワードはすべての条件を満たしています。',
};
