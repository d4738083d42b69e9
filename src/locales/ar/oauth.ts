import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'أو',
  oauthButtonsLabel: 'طرق أخرى لتسجيل الدخول',
  oauthContinueWith: (provider) => `المتابعة باستخدام ${provider}`,
  oauthRedirecting: 'جارٍ نقلك إلى تسجيل الدخول…',
  oauthFinishing: 'جارٍ تسجيل دخولك…',
  oauthErrorDeclined: 'رفضت تسجيل الدخول بهذا الحساب. اختر طريقة أخرى لتسجيل الدخول.',
  oauthErrorStateMismatch: 'لم تبدأ عملية تسجيل الدخول هذه من هنا، أو سبق استخدامها. حفاظًا على أمانك لم يتم تسجيل الدخول: ابدأ من جديد.',
  oauthErrorCodeRejected: 'انتهت صلاحية عملية تسجيل الدخول هذه أو سبق استخدامها. ابدأ من جديد.',
  oauthErrorProvider: 'أبلغ مزوّد تسجيل الدخول عن مشكلة. أعد المحاولة أو اختر طريقة أخرى لتسجيل الدخول.',
  oauthErrorTokenRejected: 'لم يجتز رد تسجيل الدخول عمليات التحقق. ابدأ من جديد.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
