import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'אימייל',
  phone_number: 'מספר טלפון',
  username: 'שם משתמש',
  preferred_username: 'שם משתמש',
  name: 'שם מלא',
  given_name: 'שם פרטי',
  family_name: 'שם משפחה',
  middle_name: 'שם אמצעי',
  nickname: 'כינוי',
  birthdate: 'תאריך לידה',
  gender: 'מגדר',
  locale: 'שפה',
  zoneinfo: 'אזור זמן',
  website: 'אתר אינטרנט',
  address: 'כתובת',
  picture: 'כתובת URL של תמונה',
  profile: 'כתובת URL של פרופיל',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ');

export const fields: FieldMessages = {
  usernameLabel: 'שם משתמש',
  phoneLabel: 'מספר טלפון',
  countryLabel: 'קידומת מדינה',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map(labelOf))];
    return words.length > 1 ? `${words.slice(0, -1).join(', ')} או ${words[words.length - 1]}` : (words[0] ?? '');
  },
  loginIdHint: 'מספרי טלפון מתחילים ב־+ ובקידומת המדינה.',
  invalidPhone: 'יש להזין מספר טלפון תקין למדינה שנבחרה.',
  mustBeTicked: 'כדי להמשיך יש לסמן את התיבה.',
  selectPlaceholder: 'בחירה…',
  fieldLabel: labelOf,
  invalidDate: 'יש להזין תאריך כמו 1990-12-31.',
  invalidUrl: 'יש להזין כתובת אינטרנט שמתחילה ב־https://.',
};
