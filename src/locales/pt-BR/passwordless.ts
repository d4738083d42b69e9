import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'Escolha como entrar',
  selectChallengeLegend: 'Entrar com',
  passkeyOption: 'Uma chave de acesso',
  emailCodeOption: 'Um código por e-mail',
  smsCodeOption: 'Um código por mensagem de texto',
  passwordOption: 'Minha senha',
  otherWaysLabel: 'Outras formas de entrar',
  useOtherWay: (way) => `Entrar com ${way.toLowerCase()}`,
  signInCodeTitle: 'Digite seu código de login',
  emailSignInCodeHint: (destination) => (destination ? `Enviamos um código de login por e-mail para ${destination}.` : 'Enviamos um código de login para o seu e-mail.'),
  smsSignInCodeHint: (destination) => (destination ? `Enviamos um código de login por mensagem para ${destination}.` : 'Enviamos um código de login por mensagem de texto.'),
  passkeyTitle: 'Entrar com uma chave de acesso',
  passkeyIntro: 'Use a chave de acesso salva neste dispositivo ou uma chave de segurança.',
  usePasskey: 'Usar chave de acesso',
  usingPasskey: 'Aguardando sua chave de acesso…',
  passwordStepTitle: 'Digite sua senha',
  offerPasskeyTitle: 'Adicionar uma chave de acesso para a próxima vez?',
  offerPasskeyIntro: 'Entre com sua digital, seu rosto ou o bloqueio de tela em vez de senha ou código.',
  offerPasskeyYes: 'Adicionar chave de acesso',
  offerPasskeyNo: 'Agora não',
};
