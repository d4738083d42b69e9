import { createDeviceStore, type StoredDevice } from '../device-store.js';
import type { TransportConfig } from '../transport-types.js';
import { deviceSignIn } from './device-sign-in.js';
import type { Json, Wire } from './wire.js';

/** Cognito's answer to a DEVICE_KEY it no longer knows (forgotten elsewhere, another pool): sign in without it. */
const isStaleDevice = (err: unknown): boolean => {
  const { code, name, message } = (err ?? {}) as { code?: string; name?: string; message?: string };
  return (code ?? name) === 'ResourceNotFoundException' && /device/i.test(message ?? '');
};

/**
 * The sign-in's part of remembered devices, as CognitoUser does it: DEVICE_KEY on the requests the SDK puts it on
 * (this browser's device for the user, from storage), a stale key dropped, and the device's proof and a new device's
 * confirmation (./device-sign-in.ts) when Cognito asks for them. All in the wire chunk: fetched with the first request.
 */
export function deviceAuth(config: TransportConfig, wire: Wire) {
  const { clientId: ClientId, call } = wire;
  const store = config.storage && createDeviceStore(config.storage, config.storageKey ?? `rck.${ClientId}`);
  const mode = config.rememberDevice ?? 'never';

  /** This browser's device for `who` (the name typed at sign-in or Cognito's username), if remembered here. */
  const deviceOf = (who: string): StoredDevice | undefined => (mode === 'never' ? undefined : store?.find(who));

  /**
   * Sends `params`; when Cognito does not know the device key it carries (`where`: AuthParameters or
   * ChallengeResponses), the key is dropped here and the same request goes again without it, as the SDK does.
   */
  async function withoutStaleDevice<T>(operation: string, params: Json, where: 'AuthParameters' | 'ChallengeResponses'): Promise<T> {
    try {
      return await call<T>(operation, params);
    } catch (err) {
      const fields = params[where] as Record<string, string> | undefined;
      const stale = fields?.DEVICE_KEY;
      if (!stale || !isStaleDevice(err)) throw err;
      store?.forget(stale);
      const { DEVICE_KEY: _dropped, ...rest } = fields;
      return call<T>(operation, { ...params, [where]: rest });
    }
  }

  const { proveDevice, confirmNewDevice } = deviceSignIn(wire, mode, store);

  return { deviceOf, withoutStaleDevice, isStaleDevice, proveDevice, confirmNewDevice, forget: (deviceKey: string) => store?.forget(deviceKey) };
}

export type DeviceAuth = ReturnType<typeof deviceAuth>;
