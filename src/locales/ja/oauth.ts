import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'または',
  oauthButtonsLabel: 'その他のサインイン方法',
  oauthContinueWith: (provider) => `${provider} で続行`,
  oauthRedirecting: 'サインイン画面に移動しています…',
  oauthFinishing: 'サインインしています…',
  oauthErrorDeclined: 'そのアカウントでのサインインが拒否されました。別の方法でサインインしてください。',
  oauthErrorStateMismatch: 'このサインインはここで開始されたものではないか、すでに使用されています。安全のためサインインは行われませんでした。最初からやり直してください。',
  oauthErrorCodeRejected: 'このサインインは期限切れか、すでに使用されています。最初からやり直してください。',
  oauthErrorProvider: 'サインインサービスで問題が発生しました。もう一度お試しいただくか、別の方法でサインインしてください。',
  oauthErrorTokenRejected: 'サインインの応答を確認できませんでした。最初からやり直してください。',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
