import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'Toegangssleutels',
  passkeysLoading: 'Je toegangssleutels worden geladen…',
  passkeysEmpty: 'Je hebt nog geen toegangssleutels.',
  passkeysRetry: 'Opnieuw proberen',
  passkeyUnnamed: 'Toegangssleutel',
  passkeyCreated: (date) => `Toegevoegd op ${date.toLocaleDateString('nl', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'Toegangssleutel toevoegen',
  addingPasskey: 'Bezig met toevoegen…',
  passkeyAdded: 'Toegangssleutel toegevoegd. Je kunt er de volgende keer mee inloggen.',
  deletePasskey: 'Verwijderen',
  deletePasskeyLabel: (name) => `Toegangssleutel ${name} verwijderen`,
  deletingPasskey: 'Bezig met verwijderen…',
  passkeyDeleted: (name) => `Toegangssleutel ${name} is verwijderd.`,
  passkeysUnsupported: 'Deze browser kan geen toegangssleutels gebruiken.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'De toegangssleutel is niet gebruikt: geannuleerd, of dit apparaat heeft geen toegangssleutel voor deze site. Probeer het opnieuw of kies een andere manier.',
  passkeyExists: 'Dit apparaat heeft al een toegangssleutel voor dit account.',
  passkeyRelyingParty: 'Deze site is niet ingesteld voor toegangssleutels. Kies een andere manier om in te loggen.',
  passkeyUnsupported: 'Deze browser kan geen toegangssleutels gebruiken. Kies een andere manier om in te loggen.',
};
