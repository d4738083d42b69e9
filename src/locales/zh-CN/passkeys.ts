import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: '通行密钥',
  passkeysLoading: '正在加载你的通行密钥…',
  passkeysEmpty: '你还没有通行密钥。',
  passkeysRetry: '重试',
  passkeyUnnamed: '未命名通行密钥',
  passkeyCreated: (date) => `添加于 ${date.toLocaleDateString('zh-CN', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: '添加通行密钥',
  addingPasskey: '正在添加…',
  passkeyAdded: '已添加通行密钥。下次即可用它登录。',
  deletePasskey: '删除',
  deletePasskeyLabel: (name) => `删除通行密钥“${name}”`,
  deletingPasskey: '正在删除…',
  passkeyDeleted: (name) => `已删除通行密钥“${name}”。`,
  passkeysUnsupported: '此浏览器无法使用通行密钥。',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: '未使用通行密钥：操作已取消，或此设备上没有此网站的通行密钥。请重试，或选择其他方式。',
  passkeyExists: '此设备上已有此账户的通行密钥。',
  passkeyRelyingParty: '此网站未设置为可使用通行密钥。请选择其他登录方式。',
  passkeyUnsupported: '此浏览器无法使用通行密钥。请选择其他登录方式。',
};
