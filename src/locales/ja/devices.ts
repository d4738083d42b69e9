import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: 'お使いのデバイス',
  devicesLoading: 'デバイスを読み込んでいます…',
  devicesEmpty: 'このアカウントで記憶されているデバイスはありません。',
  devicesRetry: '再試行',
  deviceUnnamed: '名前のないデバイス',
  thisDevice: 'このデバイス',
  deviceRemembered: '記憶済み: サインイン時にコード不要',
  deviceNotRemembered: '記憶されていません',
  deviceLastUsed: (date) => `最終使用日: ${date.toLocaleDateString('ja', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: '削除',
  forgetDeviceConfirm: (name) => `${name} を削除しますか？次回そのデバイスでサインインするときはコードが必要になります。`,
  forgetDeviceYes: 'デバイスを削除',
  forgettingDevice: '削除しています…',
  forgetDeviceCancel: 'キャンセル',
  deviceForgotten: (name) => `${name} を削除しました。`,
  forgetDeviceLabel: (name) => `${name} を削除`,
  rememberThisDevice: 'このデバイスを記憶する',
  rememberingDevice: '記憶しています…',
  deviceNowRemembered: 'このデバイスを記憶しました。このデバイスではサインイン時にコードを求められません。',
};
