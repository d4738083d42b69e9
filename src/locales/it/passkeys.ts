import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'Le tue passkey',
  passkeysLoading: 'Caricamento delle passkey…',
  passkeysEmpty: 'Non hai ancora nessuna passkey.',
  passkeysRetry: 'Riprova',
  passkeyUnnamed: 'Passkey senza nome',
  passkeyCreated: (date) => `Aggiunta il ${date.toLocaleDateString('it', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'Aggiungi una passkey',
  addingPasskey: 'Aggiunta…',
  passkeyAdded: 'Passkey aggiunta. La prossima volta potrai accedere con questa.',
  deletePasskey: 'Elimina',
  deletePasskeyLabel: (name) => `Elimina la passkey ${name}`,
  deletingPasskey: 'Eliminazione…',
  passkeyDeleted: (name) => `Passkey ${name} eliminata.`,
  passkeysUnsupported: 'Questo browser non può usare le passkey.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'La passkey non è stata usata: operazione annullata, oppure questo dispositivo non ha una passkey per questo sito. Riprova o scegli un altro modo.',
  passkeyExists: 'Questo dispositivo ha già una passkey per questo account.',
  passkeyRelyingParty: 'Questo sito non è configurato per le passkey. Scegli un altro modo per accedere.',
  passkeyUnsupported: 'Questo browser non può usare le passkey. Scegli un altro modo per accedere.',
};
