import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'Anmeldemethode wählen',
  selectChallengeLegend: 'Anmelden mit',
  passkeyOption: 'Passkey',
  emailCodeOption: 'Code per E-Mail',
  smsCodeOption: 'Code per SMS',
  passwordOption: 'Passwort',
  otherWaysLabel: 'Andere Anmeldemöglichkeiten',
  useOtherWay: (way) => `Stattdessen mit ${way} anmelden`,
  signInCodeTitle: 'Anmeldecode eingeben',
  emailSignInCodeHint: (destination) => (destination ? `Wir haben einen Anmeldecode an ${destination} gesendet.` : 'Wir haben Ihnen einen Anmeldecode per E-Mail gesendet.'),
  smsSignInCodeHint: (destination) => (destination ? `Wir haben einen Anmeldecode per SMS an ${destination} gesendet.` : 'Wir haben Ihnen einen Anmeldecode per SMS gesendet.'),
  passkeyTitle: 'Mit Passkey anmelden',
  passkeyIntro: 'Verwenden Sie den auf diesem Gerät gespeicherten Passkey oder einen Sicherheitsschlüssel.',
  usePasskey: 'Passkey verwenden',
  usingPasskey: 'Warten auf Ihren Passkey …',
  passwordStepTitle: 'Passwort eingeben',
  offerPasskeyTitle: 'Passkey für das nächste Mal hinzufügen?',
  offerPasskeyIntro: 'Melden Sie sich mit Fingerabdruck, Gesichtserkennung oder Bildschirmsperre an statt mit Passwort oder Code.',
  offerPasskeyYes: 'Passkey hinzufügen',
  offerPasskeyNo: 'Jetzt nicht',
};
