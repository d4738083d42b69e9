import type { DeviceVerifier } from './device-verifier.js';
import type { SrpSession } from './srp-session.js';

/** What a sign-in needs from SRP: A for InitiateAuth, then the signature for PASSWORD_VERIFIER. */
export type SignInSrp = Pick<SrpSession, 'srpA' | 'passwordClaimSignature'>;

/** Where the SRP maths runs on this page, and why not in a worker when it does not. For debugging. */
export interface SrpEngineInfo {
  engine: 'worker' | 'main-thread';
  /** Why the main thread: no Web Worker in this runtime, or the worker could not start (and what stopped it). */
  reason?: string;
}

export interface SrpEngine extends SrpEngineInfo {
  /** Starts computing the next session's A now (while the user types), so the click does not wait for it. */
  prepare(): void;
  startSession(): Promise<SignInSrp>;
  deviceVerifier(deviceGroupKey: string, deviceKey: string): Promise<DeviceVerifier>;
}
