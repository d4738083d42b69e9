import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'ou',
  oauthButtonsLabel: 'Autres moyens de connexion',
  oauthContinueWith: (provider) => `Continuer avec ${provider}`,
  oauthRedirecting: 'Redirection vers la connexion…',
  oauthFinishing: 'Connexion en cours…',
  oauthErrorDeclined: 'Vous avez refusé la connexion avec ce compte. Choisissez un autre moyen de connexion.',
  oauthErrorStateMismatch: 'Cette connexion n’a pas été lancée ici ou a déjà été utilisée. Par sécurité, aucune connexion n’a eu lieu : recommencez.',
  oauthErrorCodeRejected: 'Cette connexion a expiré ou a déjà été utilisée. Recommencez.',
  oauthErrorProvider: 'Le fournisseur de connexion a signalé un problème. Réessayez ou choisissez un autre moyen de connexion.',
  oauthErrorTokenRejected: 'La réponse de connexion n’a pas passé les vérifications. Recommencez.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
