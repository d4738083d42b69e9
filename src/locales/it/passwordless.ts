import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'Scegli come accedere',
  selectChallengeLegend: 'Accedi con',
  passkeyOption: 'Una passkey',
  emailCodeOption: 'Un codice via email',
  smsCodeOption: 'Un codice via SMS',
  passwordOption: 'La mia password',
  otherWaysLabel: 'Altri modi per accedere',
  useOtherWay: (way) => `Accedi invece con ${way.toLowerCase()}`,
  signInCodeTitle: 'Inserisci il codice di accesso',
  emailSignInCodeHint: (destination) => (destination ? `Abbiamo inviato un codice di accesso via email a ${destination}.` : 'Ti abbiamo inviato un codice di accesso via email.'),
  smsSignInCodeHint: (destination) => (destination ? `Abbiamo inviato un codice di accesso via SMS a ${destination}.` : 'Ti abbiamo inviato un codice di accesso via SMS.'),
  passkeyTitle: 'Accedi con una passkey',
  passkeyIntro: 'Usa la passkey salvata su questo dispositivo o una chiave di sicurezza.',
  usePasskey: 'Usa la passkey',
  usingPasskey: 'In attesa della passkey…',
  passwordStepTitle: 'Inserisci la password',
  offerPasskeyTitle: 'Aggiungere una passkey per la prossima volta?',
  offerPasskeyIntro: 'Accedi con impronta, volto o blocco schermo invece che con password o codice.',
  offerPasskeyYes: 'Aggiungi una passkey',
  offerPasskeyNo: 'Non ora',
};
