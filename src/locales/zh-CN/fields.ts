import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: '电子邮箱',
  phone_number: '手机号码',
  username: '用户名',
  preferred_username: '用户名',
  name: '姓名',
  given_name: '名',
  family_name: '姓',
  middle_name: '中间名',
  nickname: '昵称',
  birthdate: '出生日期',
  gender: '性别',
  locale: '语言',
  zoneinfo: '时区',
  website: '网站',
  address: '地址',
  picture: '头像网址',
  profile: '个人主页网址',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ');

export const fields: FieldMessages = {
  usernameLabel: '用户名',
  phoneLabel: '手机号码',
  countryLabel: '国家/地区代码',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map(labelOf))];
    return words.length > 1 ? `${words.slice(0, -1).join('、')}或${words[words.length - 1]}` : (words[0] ?? '');
  },
  loginIdHint: '手机号码以 + 和国家/地区代码开头。',
  invalidPhone: '请输入所选国家/地区的有效手机号码。',
  mustBeTicked: '请勾选此项以继续。',
  selectPlaceholder: '请选择…',
  fieldLabel: labelOf,
  invalidDate: '请按 1990-12-31 的格式输入日期。',
  invalidUrl: '请输入以 https:// 开头的网址。',
};
