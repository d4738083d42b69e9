import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: '姓名', email: '电子邮箱', phone_number: '手机号码', given_name: '名', family_name: '姓', preferred_username: '用户名' };

export const settings: SettingsMessages = {
  accountSettingsTitle: '账户设置',
  profileTitle: '个人资料',
  profileLoading: '正在加载你的个人资料…',
  profileRetry: '重试',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: '新的电子邮箱需要通过验证码确认。',
  profileSave: '保存',
  profileSaving: '正在保存…',
  profileSaved: '你的个人资料已保存。',
  profileUnchanged: '没有任何更改。',
  verifyAttributeTitle: (attribute) => `确认你的新${attribute === 'phone_number' ? '手机号码' : '电子邮箱'}`,
  verifyAttributeHint: (destination) => (destination ? `我们已向 ${destination} 发送验证码。` : '我们已向你发送验证码。'),
  verifyAttributeLater: '稍后',
  attributeVerified: '已保存并确认。',
  signOutEverywhereTitle: '在所有设备上退出登录',
  signOutEverywhereIntro: '在所有设备和浏览器上退出登录，包括当前设备。',
  signOutEverywhereButton: '在所有设备上退出登录',
  signingOutEverywhere: '正在退出登录…',
  deleteAccountTitle: '删除账户',
  deleteAccountIntro: '永久删除你的账户。此操作无法撤销。',
  deleteAccountStart: '删除账户…',
  deleteAccountWord: '删除',
  deleteAccountConfirmLabel: (word) => `输入“${word}”以确认`,
  deleteAccountMismatch: (word) => `请准确输入“${word}”以确认。`,
  deleteAccountButton: '删除我的账户',
  deletingAccount: '正在删除…',
  deleteAccountCancel: '取消',
};
