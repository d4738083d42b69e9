import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'Llaves de acceso',
  passkeysLoading: 'Cargando tus llaves de acceso…',
  passkeysEmpty: 'Aún no tienes llaves de acceso.',
  passkeysRetry: 'Reintentar',
  passkeyUnnamed: 'Llave de acceso',
  passkeyCreated: (date) => `Añadida el ${date.toLocaleDateString('es', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'Añadir una llave de acceso',
  addingPasskey: 'Añadiendo…',
  passkeyAdded: 'Llave de acceso añadida. La próxima vez podrás iniciar sesión con ella.',
  deletePasskey: 'Eliminar',
  deletePasskeyLabel: (name) => `Eliminar la llave de acceso ${name}`,
  deletingPasskey: 'Eliminando…',
  passkeyDeleted: (name) => `Se ha eliminado la llave de acceso ${name}.`,
  passkeysUnsupported: 'Este navegador no puede usar llaves de acceso.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'No se ha usado la llave de acceso: se ha cancelado o este dispositivo no tiene ninguna para este sitio. Inténtalo de nuevo o elige otra forma.',
  passkeyExists: 'Este dispositivo ya tiene una llave de acceso para esta cuenta.',
  passkeyRelyingParty: 'Este sitio no está configurado para usar llaves de acceso. Elige otra forma de iniciar sesión.',
  passkeyUnsupported: 'Este navegador no puede usar llaves de acceso. Elige otra forma de iniciar sesión.',
};
