import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'איך להיכנס?',
  selectChallengeLegend: 'כניסה באמצעות',
  passkeyOption: 'מפתח גישה',
  emailCodeOption: 'קוד באימייל',
  smsCodeOption: 'קוד בהודעת SMS',
  passwordOption: 'הסיסמה שלי',
  otherWaysLabel: 'דרכים אחרות להיכנס',
  useOtherWay: (way) => `כניסה באמצעות ${way} במקום זאת`,
  signInCodeTitle: 'הזנת קוד הכניסה',
  emailSignInCodeHint: (destination) => (destination ? `שלחנו קוד כניסה באימייל אל ${destination}.` : 'שלחנו לך קוד כניסה באימייל.'),
  smsSignInCodeHint: (destination) => (destination ? `שלחנו קוד כניסה ב־SMS אל ${destination}.` : 'שלחנו לך קוד כניסה ב־SMS.'),
  passkeyTitle: 'כניסה עם מפתח גישה',
  passkeyIntro: 'אפשר להשתמש במפתח הגישה השמור במכשיר הזה או במפתח אבטחה.',
  usePasskey: 'שימוש במפתח גישה',
  usingPasskey: 'ממתינים למפתח הגישה…',
  passwordStepTitle: 'הזנת הסיסמה',
  offerPasskeyTitle: 'להוסיף מפתח גישה לפעם הבאה?',
  offerPasskeyIntro: 'כניסה עם טביעת אצבע, זיהוי פנים או נעילת מסך במקום סיסמה או קוד.',
  offerPasskeyYes: 'הוספת מפתח גישה',
  offerPasskeyNo: 'לא עכשיו',
};
