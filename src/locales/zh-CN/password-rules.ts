import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: '密码要求：',
  passwordRuleLength: (length) => `至少 ${length} 个字符`,
  passwordRuleLowercase: '包含小写字母（a–z）',
  passwordRuleUppercase: '包含大写字母（A–Z）',
  passwordRuleNumber: '包含数字（0–9）',
  passwordRuleSymbol: '包含符号（如 ! ? # @）或空格',
  passwordRuleState: (rule, met) => `${rule}：${met ? '已满足' : '未满足'}`,
  passwordRulesAllMet: '你的密码已满足所有要求。',
};
