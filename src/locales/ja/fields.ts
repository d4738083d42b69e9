import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'メールアドレス',
  phone_number: '電話番号',
  username: 'ユーザー名',
  preferred_username: 'ユーザー名',
  name: '氏名',
  given_name: '名',
  family_name: '姓',
  middle_name: 'ミドルネーム',
  nickname: 'ニックネーム',
  birthdate: '生年月日',
  gender: '性別',
  locale: '言語',
  zoneinfo: 'タイムゾーン',
  website: 'ウェブサイト',
  address: '住所',
  picture: '画像の URL',
  profile: 'プロフィールの URL',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ');

export const fields: FieldMessages = {
  usernameLabel: 'ユーザー名',
  phoneLabel: '電話番号',
  countryLabel: '国番号',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map(labelOf))];
    const last = words[words.length - 1] ?? '';
    if (words.length < 2) return last;
    return words.length === 2 ? `${words[0]}または${last}` : `${words.slice(0, -1).join('、')}、または${last}`;
  },
  loginIdHint: '電話番号は + と国番号から入力してください。',
  invalidPhone: '選択した国の有効な電話番号を入力してください。',
  mustBeTicked: '続行するにはこのチェックボックスをオンにしてください。',
  selectPlaceholder: '選択してください…',
  fieldLabel: labelOf,
  invalidDate: '1990-12-31 のように日付を入力してください。',
  invalidUrl: 'https:// で始まるウェブアドレスを入力してください。',
};
