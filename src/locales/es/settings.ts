import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'Nombre', email: 'Correo electrónico', phone_number: 'Número de teléfono', given_name: 'Nombre de pila', family_name: 'Apellidos', preferred_username: 'Nombre de usuario' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'Configuración de la cuenta',
  profileTitle: 'Perfil',
  profileLoading: 'Cargando tu perfil…',
  profileRetry: 'Reintentar',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'Un correo electrónico nuevo se confirma con un código.',
  profileSave: 'Guardar',
  profileSaving: 'Guardando…',
  profileSaved: 'Tu perfil se ha guardado.',
  profileUnchanged: 'No ha cambiado nada.',
  verifyAttributeTitle: (attribute) => `Confirma tu nuevo ${attribute === 'phone_number' ? 'número de teléfono' : 'correo electrónico'}`,
  verifyAttributeHint: (destination) => (destination ? `Hemos enviado un código a ${destination}.` : 'Te hemos enviado un código.'),
  verifyAttributeLater: 'Más tarde',
  attributeVerified: 'Guardado y confirmado.',
  signOutEverywhereTitle: 'Cerrar sesión en todas partes',
  signOutEverywhereIntro: 'Cierra tu sesión en todos los dispositivos y navegadores, también en este.',
  signOutEverywhereButton: 'Cerrar sesión en todas partes',
  signingOutEverywhere: 'Cerrando sesión…',
  deleteAccountTitle: 'Eliminar cuenta',
  deleteAccountIntro: 'Elimina tu cuenta para siempre. No se puede deshacer.',
  deleteAccountStart: 'Eliminar cuenta…',
  deleteAccountWord: 'ELIMINAR',
  deleteAccountConfirmLabel: (word) => `Escribe ${word} para confirmar`,
  deleteAccountMismatch: (word) => `Escribe exactamente ${word} para confirmar.`,
  deleteAccountButton: 'Eliminar mi cuenta',
  deletingAccount: 'Eliminando…',
  deleteAccountCancel: 'Cancelar',
};
