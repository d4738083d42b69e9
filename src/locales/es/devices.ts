import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'Tus dispositivos',
  devicesLoading: 'Cargando tus dispositivos…',
  devicesEmpty: 'No hay dispositivos recordados para tu cuenta.',
  devicesRetry: 'Reintentar',
  deviceUnnamed: 'Dispositivo sin nombre',
  thisDevice: 'Este dispositivo',
  deviceRemembered: 'Recordado: no se pide código al iniciar sesión',
  deviceNotRemembered: 'No recordado',
  deviceLastUsed: (date) => `Último uso: ${date.toLocaleDateString('es', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'Olvidar',
  forgetDeviceConfirm: (name) => `¿Olvidar ${name}? Allí se pedirá un código en el próximo inicio de sesión.`,
  forgetDeviceYes: 'Olvidar dispositivo',
  forgettingDevice: 'Olvidando…',
  forgetDeviceCancel: 'Cancelar',
  deviceForgotten: (name) => `Se ha olvidado ${name}.`,
  forgetDeviceLabel: (name) => `Olvidar ${name}`,
  rememberThisDevice: 'Recordar este dispositivo',
  rememberingDevice: 'Guardando…',
  deviceNowRemembered: 'Este dispositivo se recordará: aquí no se pedirá código al iniciar sesión.',
};
