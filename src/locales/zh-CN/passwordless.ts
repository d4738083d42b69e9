import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: '选择登录方式',
  selectChallengeLegend: '登录方式',
  passkeyOption: '通行密钥',
  emailCodeOption: '邮件验证码',
  smsCodeOption: '短信验证码',
  passwordOption: '密码',
  otherWaysLabel: '其他登录方式',
  useOtherWay: (way) => `改用${way}登录`,
  signInCodeTitle: '输入登录验证码',
  emailSignInCodeHint: (destination) => (destination ? `我们已通过邮件向 ${destination} 发送登录验证码。` : '我们已通过邮件向你发送登录验证码。'),
  smsSignInCodeHint: (destination) => (destination ? `我们已通过短信向 ${destination} 发送登录验证码。` : '我们已通过短信向你发送登录验证码。'),
  passkeyTitle: '使用通行密钥登录',
  passkeyIntro: '使用此设备上保存的通行密钥或安全密钥。',
  usePasskey: '使用通行密钥',
  usingPasskey: '正在等待你的通行密钥…',
  passwordStepTitle: '输入密码',
  offerPasskeyTitle: '要添加通行密钥以便下次使用吗？',
  offerPasskeyIntro: '使用指纹、面容或屏幕锁登录，无需输入密码或验证码。',
  offerPasskeyYes: '添加通行密钥',
  offerPasskeyNo: '以后再说',
};
