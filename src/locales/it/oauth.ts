import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'oppure',
  oauthButtonsLabel: 'Altri modi per accedere',
  oauthContinueWith: (provider) => `Continua con ${provider}`,
  oauthRedirecting: 'Ti stiamo portando all’accesso…',
  oauthFinishing: 'Accesso in corso…',
  oauthErrorDeclined: 'Hai rifiutato l’accesso con quell’account. Scegli un altro modo per accedere.',
  oauthErrorStateMismatch: 'Questo accesso non è stato avviato qui o è già stato usato. Per la tua sicurezza non è stato effettuato nessun accesso: ricomincia.',
  oauthErrorCodeRejected: 'Questo accesso è scaduto o è già stato usato. Ricomincia.',
  oauthErrorProvider: 'Il provider di accesso ha segnalato un problema. Riprova o scegli un altro modo per accedere.',
  oauthErrorTokenRejected: 'La risposta dell’accesso non ha superato i controlli. Ricomincia.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
