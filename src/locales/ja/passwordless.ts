import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'サインイン方法を選択',
  selectChallengeLegend: 'サインイン方法',
  passkeyOption: 'パスキー',
  emailCodeOption: 'メールで届くコード',
  smsCodeOption: 'SMS で届くコード',
  passwordOption: 'パスワード',
  otherWaysLabel: 'その他のサインイン方法',
  useOtherWay: (way) => `代わりに${way}でサインイン`,
  signInCodeTitle: 'サインインコードを入力',
  emailSignInCodeHint: (destination) => (destination ? `${destination} にサインインコードをメールで送信しました。` : 'サインインコードをメールで送信しました。'),
  smsSignInCodeHint: (destination) => (destination ? `${destination} にサインインコードを SMS で送信しました。` : 'サインインコードを SMS で送信しました。'),
  passkeyTitle: 'パスキーでサインイン',
  passkeyIntro: 'このデバイスに保存されたパスキー、またはセキュリティキーを使用してください。',
  usePasskey: 'パスキーを使用',
  usingPasskey: 'パスキーの操作を待っています…',
  passwordStepTitle: 'パスワードを入力',
  offerPasskeyTitle: '次回のためにパスキーを追加しますか？',
  offerPasskeyIntro: 'パスワードやコードの代わりに、指紋、顔認証、画面ロックでサインインできます。',
  offerPasskeyYes: 'パスキーを追加',
  offerPasskeyNo: '今はしない',
};
