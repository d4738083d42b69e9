import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'Kies hoe je wilt inloggen',
  selectChallengeLegend: 'Inloggen met',
  passkeyOption: 'Een toegangssleutel',
  emailCodeOption: 'Een code per e-mail',
  smsCodeOption: 'Een code per sms',
  passwordOption: 'Mijn wachtwoord',
  otherWaysLabel: 'Andere manieren om in te loggen',
  useOtherWay: (way) => `In plaats daarvan inloggen met ${way.toLowerCase()}`,
  signInCodeTitle: 'Vul je inlogcode in',
  emailSignInCodeHint: (destination) => (destination ? `We hebben een inlogcode gemaild naar ${destination}.` : 'We hebben je een inlogcode gemaild.'),
  smsSignInCodeHint: (destination) => (destination ? `We hebben een inlogcode ge-sms't naar ${destination}.` : "We hebben je een inlogcode ge-sms't."),
  passkeyTitle: 'Inloggen met een toegangssleutel',
  passkeyIntro: 'Gebruik de toegangssleutel die op dit apparaat is opgeslagen of een beveiligingssleutel.',
  usePasskey: 'Toegangssleutel gebruiken',
  usingPasskey: 'Wachten op je toegangssleutel…',
  passwordStepTitle: 'Vul je wachtwoord in',
  offerPasskeyTitle: 'Een toegangssleutel toevoegen voor de volgende keer?',
  offerPasskeyIntro: 'Log in met je vingerafdruk, gezicht of schermvergrendeling in plaats van een wachtwoord of code.',
  offerPasskeyYes: 'Toegangssleutel toevoegen',
  offerPasskeyNo: 'Niet nu',
};
