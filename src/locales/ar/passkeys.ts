import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'مفاتيح المرور',
  passkeysLoading: 'جارٍ تحميل مفاتيح المرور…',
  passkeysEmpty: 'ليس لديك مفاتيح مرور بعد.',
  passkeysRetry: 'إعادة المحاولة',
  passkeyUnnamed: 'مفتاح مرور بلا اسم',
  passkeyCreated: (date) => `أُضيف في ${date.toLocaleDateString('ar', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'إضافة مفتاح مرور',
  addingPasskey: 'جارٍ الإضافة…',
  passkeyAdded: 'تمت إضافة مفتاح المرور. يمكنك تسجيل الدخول به في المرة القادمة.',
  deletePasskey: 'حذف',
  deletePasskeyLabel: (name) => `حذف مفتاح المرور ${name}`,
  deletingPasskey: 'جارٍ الحذف…',
  passkeyDeleted: (name) => `تم حذف مفتاح المرور ${name}.`,
  passkeysUnsupported: 'لا يمكن لهذا المتصفح استخدام مفاتيح المرور.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'لم يُستخدم مفتاح المرور: أُلغيت العملية، أو لا يوجد على هذا الجهاز مفتاح مرور لهذا الموقع. أعد المحاولة أو اختر طريقة أخرى.',
  passkeyExists: 'يوجد بالفعل على هذا الجهاز مفتاح مرور لهذا الحساب.',
  passkeyRelyingParty: 'هذا الموقع غير مُعدّ لاستخدام مفاتيح المرور. اختر طريقة أخرى لتسجيل الدخول.',
  passkeyUnsupported: 'لا يمكن لهذا المتصفح استخدام مفاتيح المرور. اختر طريقة أخرى لتسجيل الدخول.',
};
