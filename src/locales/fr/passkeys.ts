import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'Clés d’accès',
  passkeysLoading: 'Chargement de vos clés d’accès…',
  passkeysEmpty: 'Vous n’avez pas encore de clé d’accès.',
  passkeysRetry: 'Réessayer',
  passkeyUnnamed: 'Clé d’accès',
  passkeyCreated: (date) => `Ajoutée le ${date.toLocaleDateString('fr', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'Ajouter une clé d’accès',
  addingPasskey: 'Ajout…',
  passkeyAdded: 'Clé d’accès ajoutée. Vous pourrez l’utiliser pour vous connecter la prochaine fois.',
  deletePasskey: 'Supprimer',
  deletePasskeyLabel: (name) => `Supprimer la clé d’accès ${name}`,
  deletingPasskey: 'Suppression…',
  passkeyDeleted: (name) => `Clé d’accès ${name} supprimée.`,
  passkeysUnsupported: 'Ce navigateur ne peut pas utiliser de clés d’accès.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'La clé d’accès n’a pas été utilisée : opération annulée, ou cet appareil n’a pas de clé d’accès pour ce site. Réessayez ou choisissez un autre moyen.',
  passkeyExists: 'Cet appareil a déjà une clé d’accès pour ce compte.',
  passkeyRelyingParty: 'Ce site n’est pas configuré pour les clés d’accès. Choisissez un autre moyen de connexion.',
  passkeyUnsupported: 'Ce navigateur ne peut pas utiliser de clés d’accès. Choisissez un autre moyen de connexion.',
};
