import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'Ihre Geräte',
  devicesLoading: 'Ihre Geräte werden geladen …',
  devicesEmpty: 'Für Ihr Konto sind keine Geräte gespeichert.',
  devicesRetry: 'Erneut versuchen',
  deviceUnnamed: 'Unbenanntes Gerät',
  thisDevice: 'Dieses Gerät',
  deviceRemembered: 'Gemerkt: kein Code bei der Anmeldung nötig',
  deviceNotRemembered: 'Nicht gemerkt',
  deviceLastUsed: (date) => `Zuletzt verwendet am ${date.toLocaleDateString('de', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'Entfernen',
  forgetDeviceConfirm: (name) => `${name} entfernen? Bei der nächsten Anmeldung dort wird ein Code abgefragt.`,
  forgetDeviceYes: 'Gerät entfernen',
  forgettingDevice: 'Wird entfernt …',
  forgetDeviceCancel: 'Abbrechen',
  deviceForgotten: (name) => `${name} wurde entfernt.`,
  forgetDeviceLabel: (name) => `${name} entfernen`,
  rememberThisDevice: 'Dieses Gerät merken',
  rememberingDevice: 'Wird gespeichert …',
  deviceNowRemembered: 'Dieses Gerät ist gemerkt: Hier wird bei der Anmeldung kein Code mehr abgefragt.',
};
