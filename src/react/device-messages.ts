import type { AuthMessages } from './messages.js';

/** The strings of DeviceList, shipped only with it. */
export type DeviceMessageKey =
  | 'devicesTitle'
  | 'devicesLoading'
  | 'devicesEmpty'
  | 'devicesRetry'
  | 'deviceUnnamed'
  | 'thisDevice'
  | 'deviceRemembered'
  | 'deviceNotRemembered'
  | 'deviceLastUsed'
  | 'forgetDevice'
  | 'forgetDeviceConfirm'
  | 'forgetDeviceYes'
  | 'forgettingDevice'
  | 'forgetDeviceCancel'
  | 'deviceForgotten'
  | 'forgetDeviceLabel'
  | 'rememberThisDevice'
  | 'rememberingDevice'
  | 'deviceNowRemembered';
export type DeviceMessages = Pick<AuthMessages, DeviceMessageKey>;

export const deviceMessages: DeviceMessages = {
  devicesTitle: 'Your devices',
  devicesLoading: 'Loading your devices…',
  devicesEmpty: 'No devices are remembered for your account.',
  devicesRetry: 'Try again',
  deviceUnnamed: 'Unnamed device',
  thisDevice: 'This device',
  deviceRemembered: 'Remembered: no code needed when signing in',
  deviceNotRemembered: 'Not remembered',
  deviceLastUsed: (date) => `Last used ${date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: 'Forget',
  forgetDeviceConfirm: (name) => `Forget ${name}? A code will be asked for there at the next sign-in.`,
  forgetDeviceYes: 'Forget device',
  forgettingDevice: 'Forgetting…',
  forgetDeviceCancel: 'Cancel',
  deviceForgotten: (name) => `${name} is forgotten.`,
  forgetDeviceLabel: (name) => `Forget ${name}`,
  rememberThisDevice: 'Remember this device',
  rememberingDevice: 'Remembering…',
  deviceNowRemembered: 'This device is remembered: no code will be asked for here when you sign in.',
};
