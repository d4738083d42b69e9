import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: '或',
  oauthButtonsLabel: '其他登录方式',
  oauthContinueWith: (provider) => `通过 ${provider} 继续`,
  oauthRedirecting: '正在前往登录页面…',
  oauthFinishing: '正在登录…',
  oauthErrorDeclined: '你拒绝了使用该账户登录。请选择其他登录方式。',
  oauthErrorStateMismatch: '此次登录并非从这里发起，或已被使用。为了你的安全，未进行登录：请重新开始。',
  oauthErrorCodeRejected: '此次登录已过期或已被使用。请重新开始。',
  oauthErrorProvider: '登录服务提供方报告了问题。请重试，或选择其他登录方式。',
  oauthErrorTokenRejected: '登录响应未通过校验。请重新开始。',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
