import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'Elige cómo iniciar sesión',
  selectChallengeLegend: 'Iniciar sesión con',
  passkeyOption: 'Una llave de acceso',
  emailCodeOption: 'Un código por correo',
  smsCodeOption: 'Un código por SMS',
  passwordOption: 'Mi contraseña',
  otherWaysLabel: 'Otras formas de iniciar sesión',
  useOtherWay: (way) => `Iniciar sesión con ${way.toLowerCase()}`,
  signInCodeTitle: 'Introduce tu código de inicio de sesión',
  emailSignInCodeHint: (destination) => (destination ? `Hemos enviado un código de inicio de sesión a ${destination}.` : 'Te hemos enviado un código de inicio de sesión por correo.'),
  smsSignInCodeHint: (destination) => (destination ? `Hemos enviado un código de inicio de sesión por SMS a ${destination}.` : 'Te hemos enviado un código de inicio de sesión por SMS.'),
  passkeyTitle: 'Iniciar sesión con una llave de acceso',
  passkeyIntro: 'Usa la llave de acceso guardada en este dispositivo o una llave de seguridad.',
  usePasskey: 'Usar llave de acceso',
  usingPasskey: 'Esperando tu llave de acceso…',
  passwordStepTitle: 'Introduce tu contraseña',
  offerPasskeyTitle: '¿Añadir una llave de acceso para la próxima vez?',
  offerPasskeyIntro: 'Inicia sesión con tu huella, tu cara o el bloqueo de pantalla en lugar de una contraseña o un código.',
  offerPasskeyYes: 'Añadir una llave de acceso',
  offerPasskeyNo: 'Ahora no',
};
