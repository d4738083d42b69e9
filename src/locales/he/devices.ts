import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'המכשירים שלך',
  devicesLoading: 'טוענים את המכשירים שלך…',
  devicesEmpty: 'אין מכשירים שמורים בחשבון שלך.',
  devicesRetry: 'ניסיון נוסף',
  deviceUnnamed: 'מכשיר ללא שם',
  thisDevice: 'המכשיר הזה',
  deviceRemembered: 'שמור: לא נדרש קוד בכניסה',
  deviceNotRemembered: 'לא שמור',
  deviceLastUsed: (date) => `שימוש אחרון: ${date.toLocaleDateString('he', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'הסרה',
  forgetDeviceConfirm: (name) => `להסיר את ${name}? בכניסה הבאה מהמכשיר הזה יידרש קוד.`,
  forgetDeviceYes: 'הסרת המכשיר',
  forgettingDevice: 'מסירים…',
  forgetDeviceCancel: 'ביטול',
  deviceForgotten: (name) => `${name} הוסר.`,
  forgetDeviceLabel: (name) => `הסרת ${name}`,
  rememberThisDevice: 'לזכור את המכשיר הזה',
  rememberingDevice: 'שומרים…',
  deviceNowRemembered: 'המכשיר הזה נשמר: לא יידרש כאן קוד בכניסה.',
};
