import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'Vos appareils',
  devicesLoading: 'Chargement de vos appareils…',
  devicesEmpty: 'Aucun appareil n’est mémorisé pour votre compte.',
  devicesRetry: 'Réessayer',
  deviceUnnamed: 'Appareil sans nom',
  thisDevice: 'Cet appareil',
  deviceRemembered: 'Mémorisé : aucun code demandé à la connexion',
  deviceNotRemembered: 'Non mémorisé',
  deviceLastUsed: (date) => `Dernière utilisation le ${date.toLocaleDateString('fr', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'Oublier',
  forgetDeviceConfirm: (name) => `Oublier ${name} ? Un code y sera demandé à la prochaine connexion.`,
  forgetDeviceYes: 'Oublier l’appareil',
  forgettingDevice: 'Suppression…',
  forgetDeviceCancel: 'Annuler',
  deviceForgotten: (name) => `${name} a été oublié.`,
  forgetDeviceLabel: (name) => `Oublier ${name}`,
  rememberThisDevice: 'Mémoriser cet appareil',
  rememberingDevice: 'Mémorisation…',
  deviceNowRemembered: 'Cet appareil est mémorisé : aucun code ne vous sera demandé ici à la connexion.',
};
