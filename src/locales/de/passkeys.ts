import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'Ihre Passkeys',
  passkeysLoading: 'Ihre Passkeys werden geladen …',
  passkeysEmpty: 'Sie haben noch keine Passkeys.',
  passkeysRetry: 'Erneut versuchen',
  passkeyUnnamed: 'Unbenannter Passkey',
  passkeyCreated: (date) => `Hinzugefügt am ${date.toLocaleDateString('de', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'Passkey hinzufügen',
  addingPasskey: 'Wird hinzugefügt …',
  passkeyAdded: 'Passkey hinzugefügt. Sie können sich beim nächsten Mal damit anmelden.',
  deletePasskey: 'Löschen',
  deletePasskeyLabel: (name) => `Passkey ${name} löschen`,
  deletingPasskey: 'Wird gelöscht …',
  passkeyDeleted: (name) => `Passkey ${name} wurde gelöscht.`,
  passkeysUnsupported: 'Dieser Browser kann keine Passkeys verwenden.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'Der Passkey wurde nicht verwendet: abgebrochen, oder auf diesem Gerät gibt es keinen Passkey für diese Website. Versuchen Sie es erneut oder wählen Sie eine andere Möglichkeit.',
  passkeyExists: 'Auf diesem Gerät gibt es bereits einen Passkey für dieses Konto.',
  passkeyRelyingParty: 'Diese Website ist nicht für Passkeys eingerichtet. Wählen Sie eine andere Anmeldemöglichkeit.',
  passkeyUnsupported: 'Dieser Browser kann keine Passkeys verwenden. Wählen Sie eine andere Anmeldemöglichkeit.',
};
