import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'o',
  oauthButtonsLabel: 'Otras formas de iniciar sesión',
  oauthContinueWith: (provider) => `Continuar con ${provider}`,
  oauthRedirecting: 'Te llevamos a iniciar sesión…',
  oauthFinishing: 'Iniciando sesión…',
  oauthErrorDeclined: 'Has rechazado iniciar sesión con esa cuenta. Elige otra forma de iniciar sesión.',
  oauthErrorStateMismatch: 'Este inicio de sesión no se inició aquí o ya se ha usado. Por tu seguridad no se ha iniciado sesión: vuelve a empezar.',
  oauthErrorCodeRejected: 'Este inicio de sesión ha caducado o ya se ha usado. Vuelve a empezar.',
  oauthErrorProvider: 'El proveedor de inicio de sesión ha informado de un problema. Inténtalo de nuevo o elige otra forma de iniciar sesión.',
  oauthErrorTokenRejected: 'La respuesta del inicio de sesión no ha superado las comprobaciones. Vuelve a empezar.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
