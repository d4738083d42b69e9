import { createDeviceVerifier } from './device-verifier.js';
import { sha256 } from './sha256.js';
import { bytesToHex } from './srp-math.js';
import { startSrpSession, type SrpSession } from './srp-session.js';
import type { SrpEngine } from './srp-engine.js';

const randomHex = (n: number) => bytesToHex(crypto.getRandomValues(new Uint8Array(n)));

/**
 * The SRP maths on the page's own thread, in slices that yield to the event loop (srp-math.ts): where no worker can
 * run (Node, a Content-Security-Policy that allows none, an old browser). `reason` says which.
 */
export function mainThreadEngine(reason: string, start: () => Promise<SrpSession> = () => startSrpSession({ sha256, randomHex })): SrpEngine {
  let ahead: Promise<SrpSession> | undefined;
  return {
    engine: 'main-thread',
    reason,
    prepare() {
      ahead ??= start();
      ahead.catch(() => undefined);
    },
    startSession() {
      const session = ahead ?? start();
      ahead = undefined;
      return session;
    },
    deviceVerifier: (deviceGroupKey, deviceKey) => createDeviceVerifier(deviceGroupKey, deviceKey),
  };
}
