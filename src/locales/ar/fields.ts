import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'البريد الإلكتروني',
  phone_number: 'رقم الهاتف',
  username: 'اسم المستخدم',
  preferred_username: 'اسم المستخدم',
  name: 'الاسم الكامل',
  given_name: 'الاسم الأول',
  family_name: 'اسم العائلة',
  middle_name: 'الاسم الأوسط',
  nickname: 'اللقب',
  birthdate: 'تاريخ الميلاد',
  gender: 'الجنس',
  locale: 'اللغة',
  zoneinfo: 'المنطقة الزمنية',
  website: 'الموقع الإلكتروني',
  address: 'العنوان',
  picture: 'رابط الصورة',
  profile: 'رابط الملف الشخصي',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ');

export const fields: FieldMessages = {
  usernameLabel: 'اسم المستخدم',
  phoneLabel: 'رقم الهاتف',
  countryLabel: 'رمز الدولة',
  loginIdLabel: (mechanisms) => [...new Set(mechanisms.map(labelOf))].join(' أو '),
  loginIdHint: 'تبدأ أرقام الهواتف بـ + ثم رمز الدولة.',
  invalidPhone: 'أدخل رقم هاتف صالحًا للدولة المختارة.',
  mustBeTicked: 'حدّد هذا المربع للمتابعة.',
  selectPlaceholder: 'اختر…',
  fieldLabel: labelOf,
  invalidDate: 'أدخل تاريخًا مثل 1990-12-31.',
  invalidUrl: 'أدخل عنوان ويب يبدأ بـ https://.',
};
