import type { CognitoTransport, Device } from '../transport-types.js';
import type { DeviceAuth } from './device-auth.js';
import type { Wire } from './wire.js';

interface DeviceType {
  DeviceKey?: string;
  DeviceAttributes?: Array<{ Name?: string; Value?: string }>;
  DeviceCreateDate?: number;
  DeviceLastModifiedDate?: number;
  DeviceLastAuthenticatedDate?: number;
}

/** Cognito's dates are epoch seconds (JSON numbers). */
const date = (seconds: number | undefined) => (typeof seconds === 'number' ? new Date(seconds * 1000) : undefined);

const PAGE = 60;

/**
 * The signed-in user's devices: ListDevices, UpdateDeviceStatus, ForgetDevice with the fields CognitoUser's
 * listDevices, setDeviceStatusRemembered / NotRemembered and forgetSpecificDevice send. Cognito has no operation that
 * renames a device: its name is the one ConfirmDevice gave it.
 */
export function deviceOperations({ accessCall }: Wire, devices: DeviceAuth): Pick<CognitoTransport, 'listDevices' | 'setDeviceRemembered' | 'forgetDevice'> {
  const thisDevice = (username: string, deviceKey: string | undefined): string => {
    const key = deviceKey ?? devices.deviceOf(username)?.deviceKey;
    if (!key) throw Object.assign(new Error('This browser has no remembered device.'), { code: 'UnsupportedError' });
    return key;
  };

  return {
    async listDevices(username, tokens) {
      const currentDeviceKey = devices.deviceOf(username)?.deviceKey;
      const found: Device[] = [];
      let PaginationToken: string | undefined;
      do {
        const page: { Devices?: DeviceType[]; PaginationToken?: string } = await accessCall('ListDevices', tokens, {
          Limit: PAGE,
          ...(PaginationToken ? { PaginationToken } : {}),
        });
        for (const d of page.Devices ?? []) {
          if (!d.DeviceKey) continue;
          const attribute = (name: string) => d.DeviceAttributes?.find((a) => a.Name === name)?.Value;
          found.push({
            deviceKey: d.DeviceKey,
            name: attribute('device_name'),
            remembered: attribute('dev:device_remembered_status') === 'remembered',
            current: d.DeviceKey === currentDeviceKey,
            createdAt: date(d.DeviceCreateDate),
            lastAuthenticatedAt: date(d.DeviceLastAuthenticatedDate),
            lastModifiedAt: date(d.DeviceLastModifiedDate),
          });
        }
        PaginationToken = page.PaginationToken;
      } while (PaginationToken);
      return { devices: found, currentDeviceKey };
    },

    async setDeviceRemembered(username, tokens, remembered, deviceKey) {
      await accessCall('UpdateDeviceStatus', tokens, {
        DeviceKey: thisDevice(username, deviceKey),
        DeviceRememberedStatus: remembered ? 'remembered' : 'not_remembered',
      });
    },

    async forgetDevice(username, tokens, deviceKey) {
      const key = thisDevice(username, deviceKey);
      try {
        await accessCall('ForgetDevice', tokens, { DeviceKey: key });
      } catch (err) {
        // Forgotten already (another browser, an admin): what was asked for is done.
        const { code, message } = (err ?? {}) as { code?: string; message?: string };
        if (code !== 'ResourceNotFoundException' || !/device/i.test(message ?? '')) throw err;
      }
      devices.forget(key);
    },
  };
}
