import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'Nom', email: 'Adresse e-mail', phone_number: 'Numéro de téléphone', given_name: 'Prénom', family_name: 'Nom', preferred_username: 'Nom d’utilisateur' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'Paramètres du compte',
  profileTitle: 'Profil',
  profileLoading: 'Chargement de votre profil…',
  profileRetry: 'Réessayer',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'Une nouvelle adresse e-mail se confirme avec un code.',
  profileSave: 'Enregistrer',
  profileSaving: 'Enregistrement…',
  profileSaved: 'Votre profil est enregistré.',
  profileUnchanged: 'Aucune modification.',
  verifyAttributeTitle: (attribute) => (attribute === 'phone_number' ? 'Confirmez votre nouveau numéro de téléphone' : 'Confirmez votre nouvelle adresse e-mail'),
  verifyAttributeHint: (destination) => (destination ? `Nous avons envoyé un code à ${destination}.` : 'Nous vous avons envoyé un code.'),
  verifyAttributeLater: 'Plus tard',
  attributeVerified: 'Enregistré et confirmé.',
  signOutEverywhereTitle: 'Se déconnecter partout',
  signOutEverywhereIntro: 'Vous déconnecte de tous les appareils et navigateurs, y compris celui-ci.',
  signOutEverywhereButton: 'Se déconnecter partout',
  signingOutEverywhere: 'Déconnexion…',
  deleteAccountTitle: 'Supprimer le compte',
  deleteAccountIntro: 'Supprime définitivement votre compte. Cette action est irréversible.',
  deleteAccountStart: 'Supprimer le compte…',
  deleteAccountWord: 'SUPPRIMER',
  deleteAccountConfirmLabel: (word) => `Saisissez ${word} pour confirmer`,
  deleteAccountMismatch: (word) => `Saisissez exactement ${word} pour confirmer.`,
  deleteAccountButton: 'Supprimer mon compte',
  deletingAccount: 'Suppression…',
  deleteAccountCancel: 'Annuler',
};
