import { sha256 } from './sha256.js';
import { bytesToHex } from './srp-math.js';
import { startSrpSession, type SrpSession } from './srp-session.js';

/** An SRP session with the kit's SHA-256 and the platform's randomness: what the transport signs in with. */
export const startSignInSrp = (): Promise<SrpSession> =>
  startSrpSession({ sha256, randomHex: (n) => bytesToHex(crypto.getRandomValues(new Uint8Array(n))) });
export { createDeviceVerifier } from './device-verifier.js';
