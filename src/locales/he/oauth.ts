import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'או',
  oauthButtonsLabel: 'דרכים אחרות להיכנס',
  oauthContinueWith: (provider) => `המשך עם ${provider}`,
  oauthRedirecting: 'מעבירים אותך לכניסה…',
  oauthFinishing: 'מתבצעת כניסה…',
  oauthErrorDeclined: 'הכניסה עם החשבון הזה נדחתה. אפשר לבחור דרך אחרת להיכנס.',
  oauthErrorStateMismatch: 'הכניסה הזו לא התחילה כאן, או שכבר נעשה בה שימוש. לשם הביטחון לא בוצעה כניסה: יש להתחיל מחדש.',
  oauthErrorCodeRejected: 'תוקף הכניסה הזו פג, או שכבר נעשה בה שימוש. יש להתחיל מחדש.',
  oauthErrorProvider: 'ספק הכניסה דיווח על בעיה. אפשר לנסות שוב או לבחור דרך אחרת להיכנס.',
  oauthErrorTokenRejected: 'התשובה מספק הכניסה לא עברה את הבדיקות. יש להתחיל מחדש.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
