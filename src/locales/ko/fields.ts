import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: '이메일',
  phone_number: '전화번호',
  username: '사용자 이름',
  preferred_username: '사용자 이름',
  name: '이름',
  given_name: '이름',
  family_name: '성',
  middle_name: '중간 이름',
  nickname: '닉네임',
  birthdate: '생년월일',
  gender: '성별',
  locale: '언어',
  zoneinfo: '시간대',
  website: '웹사이트',
  address: '주소',
  picture: '사진 URL',
  profile: '프로필 URL',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ');

export const fields: FieldMessages = {
  usernameLabel: '사용자 이름',
  phoneLabel: '전화번호',
  countryLabel: '국가 코드',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map(labelOf))];
    return words.length > 1 ? `${words.slice(0, -1).join(', ')} 또는 ${words[words.length - 1]}` : (words[0] ?? '');
  },
  loginIdHint: '전화번호는 +와 국가 코드로 시작합니다.',
  invalidPhone: '선택한 국가의 올바른 전화번호를 입력하세요.',
  mustBeTicked: '계속하려면 이 항목을 선택하세요.',
  selectPlaceholder: '선택…',
  fieldLabel: labelOf,
  invalidDate: '1990-12-31과 같은 형식으로 날짜를 입력하세요.',
  invalidUrl: 'https://로 시작하는 웹 주소를 입력하세요.',
};
