import type { AuthMessages } from './messages.js';

/** The strings of PasskeyManager, shipped only with it. */
export type PasskeyMessageKey =
  | 'passkeysTitle'
  | 'passkeysLoading'
  | 'passkeysEmpty'
  | 'passkeysRetry'
  | 'passkeyUnnamed'
  | 'passkeyCreated'
  | 'addPasskey'
  | 'addingPasskey'
  | 'passkeyAdded'
  | 'deletePasskey'
  | 'deletePasskeyLabel'
  | 'deletingPasskey'
  | 'passkeyDeleted'
  | 'passkeysUnsupported';
export type PasskeyMessages = Pick<AuthMessages, PasskeyMessageKey>;

export const passkeyMessages: PasskeyMessages = {
  passkeysTitle: 'Passkeys',
  passkeysLoading: 'Loading your passkeys…',
  passkeysEmpty: 'You have no passkeys yet.',
  passkeysRetry: 'Try again',
  passkeyUnnamed: 'Passkey',
  passkeyCreated: (date) => `Added ${date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'Add a passkey',
  addingPasskey: 'Adding…',
  passkeyAdded: 'Passkey added. You can sign in with it next time.',
  deletePasskey: 'Delete',
  deletePasskeyLabel: (name) => `Delete passkey ${name}`,
  deletingPasskey: 'Deleting…',
  passkeyDeleted: (name) => `Passkey ${name} deleted.`,
  passkeysUnsupported: 'This browser cannot use passkeys.',
};
