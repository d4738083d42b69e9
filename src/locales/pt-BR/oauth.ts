import type { OAuthErrorCode } from '../../core/errors.js';
import type { OAuthMessages } from '../../react/oauth-messages.js';

export const oauth: OAuthMessages = {
  oauthDivider: 'ou',
  oauthButtonsLabel: 'Outras formas de entrar',
  oauthContinueWith: (provider) => `Continuar com ${provider}`,
  oauthRedirecting: 'Levando você para o login…',
  oauthFinishing: 'Entrando…',
  oauthErrorDeclined: 'Você recusou entrar com essa conta. Escolha outra forma de entrar.',
  oauthErrorStateMismatch: 'Este login não foi iniciado aqui ou já foi usado. Para sua segurança, ninguém entrou: comece de novo.',
  oauthErrorCodeRejected: 'Este login expirou ou já foi usado. Comece de novo.',
  oauthErrorProvider: 'O provedor de login informou um problema. Tente de novo ou escolha outra forma de entrar.',
  oauthErrorTokenRejected: 'A resposta do login não passou nas verificações. Comece de novo.',
};

export const oauthErrors: Record<OAuthErrorCode, string> = {
  oauthDeclined: oauth.oauthErrorDeclined,
  oauthStateMismatch: oauth.oauthErrorStateMismatch,
  oauthCodeRejected: oauth.oauthErrorCodeRejected,
  oauthProviderError: oauth.oauthErrorProvider,
  oauthTokenRejected: oauth.oauthErrorTokenRejected,
};
