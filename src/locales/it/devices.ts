import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'I tuoi dispositivi',
  devicesLoading: 'Caricamento dei dispositivi…',
  devicesEmpty: 'Nessun dispositivo è memorizzato per il tuo account.',
  devicesRetry: 'Riprova',
  deviceUnnamed: 'Dispositivo senza nome',
  thisDevice: 'Questo dispositivo',
  deviceRemembered: 'Memorizzato: nessun codice richiesto all’accesso',
  deviceNotRemembered: 'Non memorizzato',
  deviceLastUsed: (date) => `Ultimo utilizzo: ${date.toLocaleDateString('it', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'Dimentica',
  forgetDeviceConfirm: (name) => `Dimenticare ${name}? Al prossimo accesso da lì verrà chiesto un codice.`,
  forgetDeviceYes: 'Dimentica dispositivo',
  forgettingDevice: 'Rimozione…',
  forgetDeviceCancel: 'Annulla',
  deviceForgotten: (name) => `${name} è stato dimenticato.`,
  forgetDeviceLabel: (name) => `Dimentica ${name}`,
  rememberThisDevice: 'Ricorda questo dispositivo',
  rememberingDevice: 'Memorizzazione…',
  deviceNowRemembered: 'Questo dispositivo è memorizzato: qui non ti verrà chiesto alcun codice all’accesso.',
};
