import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'اختر طريقة تسجيل الدخول',
  selectChallengeLegend: 'تسجيل الدخول باستخدام',
  passkeyOption: 'مفتاح مرور',
  emailCodeOption: 'رمز عبر البريد الإلكتروني',
  smsCodeOption: 'رمز عبر رسالة نصية',
  passwordOption: 'كلمة المرور',
  otherWaysLabel: 'طرق أخرى لتسجيل الدخول',
  useOtherWay: (way) => `تسجيل الدخول باستخدام ${way} بدلًا من ذلك`,
  signInCodeTitle: 'أدخل رمز تسجيل الدخول',
  emailSignInCodeHint: (destination) => (destination ? `أرسلنا رمز تسجيل الدخول بالبريد الإلكتروني إلى ${destination}.` : 'أرسلنا إليك رمز تسجيل الدخول بالبريد الإلكتروني.'),
  smsSignInCodeHint: (destination) => (destination ? `أرسلنا رمز تسجيل الدخول برسالة نصية إلى ${destination}.` : 'أرسلنا إليك رمز تسجيل الدخول برسالة نصية.'),
  passkeyTitle: 'تسجيل الدخول بمفتاح مرور',
  passkeyIntro: 'استخدم مفتاح المرور المحفوظ على هذا الجهاز أو مفتاح أمان.',
  usePasskey: 'استخدام مفتاح المرور',
  usingPasskey: 'في انتظار مفتاح المرور…',
  passwordStepTitle: 'أدخل كلمة المرور',
  offerPasskeyTitle: 'هل تريد إضافة مفتاح مرور للمرة القادمة؟',
  offerPasskeyIntro: 'سجّل الدخول ببصمة الإصبع أو الوجه أو قفل الشاشة بدلًا من كلمة مرور أو رمز.',
  offerPasskeyYes: 'إضافة مفتاح مرور',
  offerPasskeyNo: 'ليس الآن',
};
