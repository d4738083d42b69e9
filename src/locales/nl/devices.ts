import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'Je apparaten',
  devicesLoading: 'Je apparaten worden geladen…',
  devicesEmpty: 'Er zijn geen apparaten onthouden voor je account.',
  devicesRetry: 'Opnieuw proberen',
  deviceUnnamed: 'Naamloos apparaat',
  thisDevice: 'Dit apparaat',
  deviceRemembered: 'Onthouden: geen code nodig bij het inloggen',
  deviceNotRemembered: 'Niet onthouden',
  deviceLastUsed: (date) => `Laatst gebruikt op ${date.toLocaleDateString('nl', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'Vergeten',
  forgetDeviceConfirm: (name) => `${name} vergeten? Daar wordt bij de volgende keer inloggen om een code gevraagd.`,
  forgetDeviceYes: 'Apparaat vergeten',
  forgettingDevice: 'Bezig met vergeten…',
  forgetDeviceCancel: 'Annuleren',
  deviceForgotten: (name) => `${name} is vergeten.`,
  forgetDeviceLabel: (name) => `${name} vergeten`,
  rememberThisDevice: 'Dit apparaat onthouden',
  rememberingDevice: 'Bezig met onthouden…',
  deviceNowRemembered: 'Dit apparaat wordt onthouden: hier wordt bij het inloggen geen code gevraagd.',
};
