import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'שם', email: 'אימייל', phone_number: 'מספר טלפון', given_name: 'שם פרטי', family_name: 'שם משפחה', preferred_username: 'שם משתמש' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'הגדרות חשבון',
  profileTitle: 'פרופיל',
  profileLoading: 'טוענים את הפרופיל שלך…',
  profileRetry: 'ניסיון נוסף',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'כתובת אימייל חדשה מאומתת באמצעות קוד.',
  profileSave: 'שמירה',
  profileSaving: 'שומרים…',
  profileSaved: 'הפרופיל שלך נשמר.',
  profileUnchanged: 'לא השתנה דבר.',
  verifyAttributeTitle: (attribute) => (attribute === 'phone_number' ? 'אימות מספר הטלפון החדש' : 'אימות כתובת האימייל החדשה'),
  verifyAttributeHint: (destination) => (destination ? `שלחנו קוד אל ${destination}.` : 'שלחנו לך קוד.'),
  verifyAttributeLater: 'אחר כך',
  attributeVerified: 'נשמר ואומת.',
  signOutEverywhereTitle: 'יציאה מכל המכשירים',
  signOutEverywhereIntro: 'יציאה מהחשבון בכל המכשירים והדפדפנים, כולל זה.',
  signOutEverywhereButton: 'יציאה מכל המכשירים',
  signingOutEverywhere: 'יוצאים…',
  deleteAccountTitle: 'מחיקת החשבון',
  deleteAccountIntro: 'החשבון שלך יימחק לצמיתות. אי אפשר לבטל את הפעולה.',
  deleteAccountStart: 'מחיקת החשבון…',
  deleteAccountWord: 'מחיקה',
  deleteAccountConfirmLabel: (word) => `לאישור יש להקליד ${word}`,
  deleteAccountMismatch: (word) => `לאישור יש להקליד ${word} בדיוק.`,
  deleteAccountButton: 'מחיקת החשבון שלי',
  deletingAccount: 'מוחקים…',
  deleteAccountCancel: 'ביטול',
};
