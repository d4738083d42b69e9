import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: 'Choisissez comment vous connecter',
  selectChallengeLegend: 'Se connecter avec',
  passkeyOption: 'Une clé d’accès',
  emailCodeOption: 'Un code par e-mail',
  smsCodeOption: 'Un code par SMS',
  passwordOption: 'Mon mot de passe',
  otherWaysLabel: 'Autres moyens de connexion',
  useOtherWay: (way) => `Se connecter plutôt avec ${way.toLowerCase()}`,
  signInCodeTitle: 'Saisissez votre code de connexion',
  emailSignInCodeHint: (destination) => (destination ? `Nous avons envoyé un code de connexion par e-mail à ${destination}.` : 'Nous vous avons envoyé un code de connexion par e-mail.'),
  smsSignInCodeHint: (destination) => (destination ? `Nous avons envoyé un code de connexion par SMS au ${destination}.` : 'Nous vous avons envoyé un code de connexion par SMS.'),
  passkeyTitle: 'Se connecter avec une clé d’accès',
  passkeyIntro: 'Utilisez la clé d’accès enregistrée sur cet appareil ou une clé de sécurité.',
  usePasskey: 'Utiliser une clé d’accès',
  usingPasskey: 'En attente de votre clé d’accès…',
  passwordStepTitle: 'Saisissez votre mot de passe',
  offerPasskeyTitle: 'Ajouter une clé d’accès pour la prochaine fois ?',
  offerPasskeyIntro: 'Connectez-vous avec votre empreinte, votre visage ou le verrouillage de l’écran au lieu d’un mot de passe ou d’un code.',
  offerPasskeyYes: 'Ajouter une clé d’accès',
  offerPasskeyNo: 'Pas maintenant',
};
