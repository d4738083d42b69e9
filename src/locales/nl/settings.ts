import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'Naam', email: 'E-mailadres', phone_number: 'Telefoonnummer', given_name: 'Voornaam', family_name: 'Achternaam', preferred_username: 'Gebruikersnaam' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'Accountinstellingen',
  profileTitle: 'Profiel',
  profileLoading: 'Je profiel wordt geladen…',
  profileRetry: 'Opnieuw proberen',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'Een nieuw e-mailadres bevestig je met een code.',
  profileSave: 'Opslaan',
  profileSaving: 'Bezig met opslaan…',
  profileSaved: 'Je profiel is opgeslagen.',
  profileUnchanged: 'Er is niets gewijzigd.',
  verifyAttributeTitle: (attribute) => `Bevestig je nieuwe ${attribute === 'phone_number' ? 'telefoonnummer' : 'e-mailadres'}`,
  verifyAttributeHint: (destination) => (destination ? `We hebben een code gestuurd naar ${destination}.` : 'We hebben je een code gestuurd.'),
  verifyAttributeLater: 'Later bevestigen',
  attributeVerified: 'Opgeslagen en bevestigd.',
  signOutEverywhereTitle: 'Overal uitloggen',
  signOutEverywhereIntro: 'Logt je uit op alle apparaten en browsers, ook op deze.',
  signOutEverywhereButton: 'Overal uitloggen',
  signingOutEverywhere: 'Bezig met uitloggen…',
  deleteAccountTitle: 'Account verwijderen',
  deleteAccountIntro: 'Verwijdert je account definitief. Dit kan niet ongedaan worden gemaakt.',
  deleteAccountStart: 'Account verwijderen…',
  deleteAccountWord: 'VERWIJDEREN',
  deleteAccountConfirmLabel: (word) => `Typ ${word} om te bevestigen`,
  deleteAccountMismatch: (word) => `Typ precies ${word} om te bevestigen.`,
  deleteAccountButton: 'Mijn account verwijderen',
  deletingAccount: 'Bezig met verwijderen…',
  deleteAccountCancel: 'Annuleren',
};
