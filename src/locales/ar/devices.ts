import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'أجهزتك',
  devicesLoading: 'جارٍ تحميل أجهزتك…',
  devicesEmpty: 'لا توجد أجهزة محفوظة لحسابك.',
  devicesRetry: 'إعادة المحاولة',
  deviceUnnamed: 'جهاز بلا اسم',
  thisDevice: 'هذا الجهاز',
  deviceRemembered: 'محفوظ: لا حاجة إلى رمز عند تسجيل الدخول',
  deviceNotRemembered: 'غير محفوظ',
  deviceLastUsed: (date) => `آخر استخدام: ${date.toLocaleDateString('ar', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'إزالة',
  forgetDeviceConfirm: (name) => `هل تريد إزالة ${name}؟ سيُطلب رمز على ذلك الجهاز عند تسجيل الدخول التالي.`,
  forgetDeviceYes: 'إزالة الجهاز',
  forgettingDevice: 'جارٍ الإزالة…',
  forgetDeviceCancel: 'إلغاء',
  deviceForgotten: (name) => `تمت إزالة ${name}.`,
  forgetDeviceLabel: (name) => `إزالة ${name}`,
  rememberThisDevice: 'تذكّر هذا الجهاز',
  rememberingDevice: 'جارٍ الحفظ…',
  deviceNowRemembered: 'تم حفظ هذا الجهاز: لن يُطلب منك رمز هنا عند تسجيل الدخول.',
};
