import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'Nome', email: 'Email', phone_number: 'Numero di telefono', given_name: 'Nome', family_name: 'Cognome', preferred_username: 'Nome utente' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'Impostazioni account',
  profileTitle: 'Profilo',
  profileLoading: 'Caricamento del profilo…',
  profileRetry: 'Riprova',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'Un nuovo indirizzo email va confermato con un codice.',
  profileSave: 'Salva',
  profileSaving: 'Salvataggio…',
  profileSaved: 'Il tuo profilo è stato salvato.',
  profileUnchanged: 'Nessuna modifica.',
  verifyAttributeTitle: (attribute) => (attribute === 'phone_number' ? 'Conferma il nuovo numero di telefono' : 'Conferma il nuovo indirizzo email'),
  verifyAttributeHint: (destination) => (destination ? `Abbiamo inviato un codice a ${destination}.` : 'Ti abbiamo inviato un codice.'),
  verifyAttributeLater: 'Più tardi',
  attributeVerified: 'Salvato e confermato.',
  signOutEverywhereTitle: 'Esci ovunque',
  signOutEverywhereIntro: 'Ti disconnette da tutti i dispositivi e browser, compreso questo.',
  signOutEverywhereButton: 'Esci ovunque',
  signingOutEverywhere: 'Disconnessione…',
  deleteAccountTitle: 'Elimina account',
  deleteAccountIntro: 'Elimina il tuo account per sempre. L’operazione non si può annullare.',
  deleteAccountStart: 'Elimina account…',
  deleteAccountWord: 'ELIMINA',
  deleteAccountConfirmLabel: (word) => `Digita ${word} per confermare`,
  deleteAccountMismatch: (word) => `Digita esattamente ${word} per confermare.`,
  deleteAccountButton: 'Elimina il mio account',
  deletingAccount: 'Eliminazione…',
  deleteAccountCancel: 'Annulla',
};
