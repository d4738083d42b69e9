import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';

/** The signed-in user's devices: list them, remember or stop remembering this browser, forget one. */
export function createDeviceFlow({ transport, withUser }: FlowContext): Pick<AuthClient, 'listDevices' | 'rememberDevice' | 'forgetDevice'> {
  return {
    listDevices: () => withUser('devices', (username, tokens) => transport.listDevices(username, tokens)),
    rememberDevice: (remembered = true) =>
      withUser('devices', (username, tokens) => transport.setDeviceRemembered(username, tokens, remembered)),
    forgetDevice: (deviceKey) => withUser('devices', (username, tokens) => transport.forgetDevice(username, tokens, deviceKey)),
  };
}
