import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'الاسم', email: 'البريد الإلكتروني', phone_number: 'رقم الهاتف', given_name: 'الاسم الأول', family_name: 'اسم العائلة', preferred_username: 'اسم المستخدم' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'إعدادات الحساب',
  profileTitle: 'الملف الشخصي',
  profileLoading: 'جارٍ تحميل ملفك الشخصي…',
  profileRetry: 'إعادة المحاولة',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'يتم تأكيد البريد الإلكتروني الجديد برمز.',
  profileSave: 'حفظ',
  profileSaving: 'جارٍ الحفظ…',
  profileSaved: 'تم حفظ ملفك الشخصي.',
  profileUnchanged: 'لم يتغير شيء.',
  verifyAttributeTitle: (attribute) => `تأكيد ${attribute === 'phone_number' ? 'رقم هاتفك الجديد' : 'بريدك الإلكتروني الجديد'}`,
  verifyAttributeHint: (destination) => (destination ? `أرسلنا رمزًا إلى ${destination}.` : 'أرسلنا إليك رمزًا.'),
  verifyAttributeLater: 'لاحقًا',
  attributeVerified: 'تم الحفظ والتأكيد.',
  signOutEverywhereTitle: 'تسجيل الخروج من كل مكان',
  signOutEverywhereIntro: 'يسجّل خروجك من جميع الأجهزة والمتصفحات، بما فيها هذا الجهاز.',
  signOutEverywhereButton: 'تسجيل الخروج من كل مكان',
  signingOutEverywhere: 'جارٍ تسجيل الخروج…',
  deleteAccountTitle: 'حذف الحساب',
  deleteAccountIntro: 'يحذف حسابك نهائيًا. لا يمكن التراجع عن ذلك.',
  deleteAccountStart: 'حذف الحساب…',
  deleteAccountWord: 'حذف',
  deleteAccountConfirmLabel: (word) => `اكتب «${word}» للتأكيد`,
  deleteAccountMismatch: (word) => `اكتب «${word}» كما هي تمامًا للتأكيد.`,
  deleteAccountButton: 'حذف حسابي',
  deletingAccount: 'جارٍ الحذف…',
  deleteAccountCancel: 'إلغاء',
};
