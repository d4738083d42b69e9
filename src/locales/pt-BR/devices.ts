import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'Os seus dispositivos',
  devicesLoading: 'Carregando os seus dispositivos…',
  devicesEmpty: 'Nenhum dispositivo está salvo na sua conta.',
  devicesRetry: 'Tentar de novo',
  deviceUnnamed: 'Dispositivo sem nome',
  thisDevice: 'Este dispositivo',
  deviceRemembered: 'Lembrado: nenhum código ao entrar',
  deviceNotRemembered: 'Não lembrado',
  deviceLastUsed: (date) => `Último uso em ${date.toLocaleDateString('pt-BR', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'Esquecer',
  forgetDeviceConfirm: (name) => `Esquecer ${name}? Um código será pedido lá no próximo login.`,
  forgetDeviceYes: 'Esquecer dispositivo',
  forgettingDevice: 'Esquecendo…',
  forgetDeviceCancel: 'Cancelar',
  deviceForgotten: (name) => `${name} foi esquecido.`,
  forgetDeviceLabel: (name) => `Esquecer ${name}`,
  rememberThisDevice: 'Lembrar este dispositivo',
  rememberingDevice: 'Salvando…',
  deviceNowRemembered: 'Este dispositivo foi lembrado: nenhum código será pedido aqui quando você entrar.',
};
