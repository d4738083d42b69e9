import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'Vollständiger Name', email: 'E-Mail-Adresse', phone_number: 'Telefonnummer', given_name: 'Vorname', family_name: 'Nachname', preferred_username: 'Benutzername' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'Kontoeinstellungen',
  profileTitle: 'Profil',
  profileLoading: 'Ihr Profil wird geladen …',
  profileRetry: 'Erneut versuchen',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'Eine neue E-Mail-Adresse wird mit einem Code bestätigt.',
  profileSave: 'Speichern',
  profileSaving: 'Wird gespeichert …',
  profileSaved: 'Ihr Profil wurde gespeichert.',
  profileUnchanged: 'Es wurde nichts geändert.',
  verifyAttributeTitle: (attribute) => `Neue ${attribute === 'phone_number' ? 'Telefonnummer' : 'E-Mail-Adresse'} bestätigen`,
  verifyAttributeHint: (destination) => (destination ? `Wir haben einen Code an ${destination} gesendet.` : 'Wir haben Ihnen einen Code gesendet.'),
  verifyAttributeLater: 'Später',
  attributeVerified: 'Gespeichert und bestätigt.',
  signOutEverywhereTitle: 'Überall abmelden',
  signOutEverywhereIntro: 'Meldet Sie auf allen Geräten und in allen Browsern ab, auch hier.',
  signOutEverywhereButton: 'Überall abmelden',
  signingOutEverywhere: 'Abmeldung läuft …',
  deleteAccountTitle: 'Konto löschen',
  deleteAccountIntro: 'Löscht Ihr Konto endgültig. Dies kann nicht rückgängig gemacht werden.',
  deleteAccountStart: 'Konto löschen …',
  deleteAccountWord: 'LÖSCHEN',
  deleteAccountConfirmLabel: (word) => `Geben Sie zur Bestätigung ${word} ein`,
  deleteAccountMismatch: (word) => `Geben Sie zur Bestätigung genau ${word} ein.`,
  deleteAccountButton: 'Mein Konto löschen',
  deletingAccount: 'Wird gelöscht …',
  deleteAccountCancel: 'Abbrechen',
};
