import type { PasswordRuleMessages } from '../../react/password-rule-messages.js';

export const passwordRules: PasswordRuleMessages = {
  passwordHint: '비밀번호 조건:',
  passwordRuleLength: (length) => `${length}자 이상`,
  passwordRuleLowercase: '영문 소문자(a–z) 포함',
  passwordRuleUppercase: '영문 대문자(A–Z) 포함',
  passwordRuleNumber: '숫자(0–9) 포함',
  passwordRuleSymbol: '기호(! ? # @ 등) 또는 공백 포함',
  passwordRuleState: (rule, met) => `${rule}: ${met ? '충족' : '미충족'}`,
  passwordRulesAllMet: '비밀번호가 모든 조건을 충족합니다.',
};
