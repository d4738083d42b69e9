import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: '또는',
  oauthButtonsLabel: '다른 로그인 방법',
  oauthContinueWith: (provider) => `${provider}(으)로 계속하기`,
  oauthRedirecting: '로그인 페이지로 이동하는 중…',
  oauthFinishing: '로그인하는 중…',
  oauthErrorDeclined: '해당 계정으로 로그인하는 것을 거부했습니다. 다른 로그인 방법을 선택하세요.',
  oauthErrorStateMismatch: '이 로그인은 여기에서 시작되지 않았거나 이미 사용되었습니다. 안전을 위해 로그인하지 않았습니다. 처음부터 다시 시작하세요.',
  oauthErrorCodeRejected: '이 로그인은 만료되었거나 이미 사용되었습니다. 처음부터 다시 시작하세요.',
  oauthErrorProvider: '로그인 제공업체에서 문제가 발생했습니다. 다시 시도하거나 다른 로그인 방법을 선택하세요.',
  oauthErrorTokenRejected: '로그인 응답이 확인 절차를 통과하지 못했습니다. 처음부터 다시 시작하세요.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
