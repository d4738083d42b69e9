import type { DeviceVerifier } from './device-verifier.js';
import type { SrpChallenge } from './srp-session.js';

// The messages between the page and the SRP worker. The secret `a` never leaves the worker: the page gets A and,
// later, the signature for the challenge. A session is used once and forgotten.

export type SrpWorkerRequest =
  | { id: number; op: 'session' }
  | {
      id: number;
      op: 'signature';
      session: number;
      poolName: string;
      userIdForSrp: string;
      password: string;
      challenge: SrpChallenge;
      timestamp: string;
    }
  | { id: number; op: 'deviceVerifier'; deviceGroupKey: string; deviceKey: string };

export interface SrpWorkerResults {
  session: { session: number; srpA: string };
  signature: string;
  deviceVerifier: DeviceVerifier;
}

export type SrpWorkerResponse =
  | { id: number; ok: true; value: SrpWorkerResults[keyof SrpWorkerResults] }
  | { id: number; ok: false; error: string };

/** Posted once by the worker when its module has loaded: from then on it answers requests. */
export const SRP_WORKER_READY = 'rck-srp-ready';

export const isSrpWorkerResponse = (data: unknown): data is SrpWorkerResponse =>
  typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'number' && typeof (data as { ok?: unknown }).ok === 'boolean';
