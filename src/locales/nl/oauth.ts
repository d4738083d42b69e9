import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'of',
  oauthButtonsLabel: 'Andere manieren om in te loggen',
  oauthContinueWith: (provider) => `Doorgaan met ${provider}`,
  oauthRedirecting: 'Je wordt doorgestuurd om in te loggen…',
  oauthFinishing: 'Bezig met inloggen…',
  oauthErrorDeclined: 'Je hebt inloggen met dat account geweigerd. Kies een andere manier om in te loggen.',
  oauthErrorStateMismatch: 'Deze inlogpoging is niet hier gestart of is al gebruikt. Voor je veiligheid is er niet ingelogd: begin opnieuw.',
  oauthErrorCodeRejected: 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw.',
  oauthErrorProvider: 'De inlogdienst meldt een probleem. Probeer het opnieuw of kies een andere manier om in te loggen.',
  oauthErrorTokenRejected: 'Het antwoord van de inlogdienst kwam niet door de controles. Begin opnieuw.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
