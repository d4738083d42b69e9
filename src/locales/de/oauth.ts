import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'oder',
  oauthButtonsLabel: 'Andere Anmeldemöglichkeiten',
  oauthContinueWith: (provider) => `Weiter mit ${provider}`,
  oauthRedirecting: 'Sie werden zur Anmeldung weitergeleitet …',
  oauthFinishing: 'Sie werden angemeldet …',
  oauthErrorDeclined: 'Sie haben die Anmeldung mit diesem Konto abgelehnt. Wählen Sie eine andere Anmeldemöglichkeit.',
  oauthErrorStateMismatch: 'Diese Anmeldung wurde nicht hier gestartet oder bereits verwendet. Zu Ihrer Sicherheit wurde niemand angemeldet: Beginnen Sie erneut.',
  oauthErrorCodeRejected: 'Diese Anmeldung ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut.',
  oauthErrorProvider: 'Der Anmeldeanbieter hat ein Problem gemeldet. Versuchen Sie es erneut oder wählen Sie eine andere Anmeldemöglichkeit.',
  oauthErrorTokenRejected: 'Die Antwort der Anmeldung hat die Prüfung nicht bestanden. Beginnen Sie erneut.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
