import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'מפתחות גישה',
  passkeysLoading: 'טוענים את מפתחות הגישה שלך…',
  passkeysEmpty: 'עדיין אין לך מפתחות גישה.',
  passkeysRetry: 'ניסיון נוסף',
  passkeyUnnamed: 'מפתח גישה ללא שם',
  passkeyCreated: (date) => `נוסף ב־${date.toLocaleDateString('he', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'הוספת מפתח גישה',
  addingPasskey: 'מוסיפים…',
  passkeyAdded: 'מפתח הגישה נוסף. בפעם הבאה אפשר להיכנס איתו.',
  deletePasskey: 'מחיקה',
  deletePasskeyLabel: (name) => `מחיקת מפתח הגישה ${name}`,
  deletingPasskey: 'מוחקים…',
  passkeyDeleted: (name) => `מפתח הגישה ${name} נמחק.`,
  passkeysUnsupported: 'הדפדפן הזה לא תומך במפתחות גישה.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'לא נעשה שימוש במפתח הגישה: הפעולה בוטלה, או שאין במכשיר הזה מפתח גישה לאתר הזה. אפשר לנסות שוב או לבחור דרך אחרת.',
  passkeyExists: 'כבר יש במכשיר הזה מפתח גישה לחשבון הזה.',
  passkeyRelyingParty: 'האתר הזה לא מוגדר לשימוש במפתחות גישה. אפשר לבחור דרך אחרת להיכנס.',
  passkeyUnsupported: 'הדפדפן הזה לא תומך במפתחות גישה. אפשר לבחור דרך אחרת להיכנס.',
};
