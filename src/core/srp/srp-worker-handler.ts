import { createDeviceVerifier } from './device-verifier.js';
import { sha256 } from './sha256.js';
import { bytesToHex } from './srp-math.js';
import { startSrpSession, type SrpSession } from './srp-session.js';
import type { SrpWorkerRequest, SrpWorkerResponse } from './srp-worker-protocol.js';

/** Never yields: in a worker nothing else waits for the thread. */
const noPause = () => undefined;
const randomHex = (n: number) => bytesToHex(crypto.getRandomValues(new Uint8Array(n)));

/**
 * What the worker does with each request, apart from the worker itself (the unit tests call it directly). A session
 * is computed ahead, as soon as the worker starts and again after each one is handed out, so `A` is ready before
 * anyone presses "Sign in".
 */
export function createSrpWorkerHandler(start: () => Promise<SrpSession> = () => startSrpSession({ sha256, randomHex, pace: noPause })) {
  const sessions = new Map<number, SrpSession>();
  let nextSession = 0;
  let ahead: Promise<SrpSession> | undefined;
  const precompute = () => {
    ahead = start();
    // A failure shows when the session is asked for; not an unhandled rejection before that.
    ahead.catch(() => undefined);
  };

  async function run(request: SrpWorkerRequest): Promise<unknown> {
    switch (request.op) {
      case 'session': {
        // Taken before the await: two requests at once must never share one secret `a`.
        const next = ahead ?? start();
        precompute();
        const session = await next;
        sessions.set(++nextSession, session);
        return { session: nextSession, srpA: session.srpA };
      }
      case 'signature': {
        const session = sessions.get(request.session);
        if (!session) throw new Error('This SRP session was used or never started.');
        sessions.delete(request.session);
        const { poolName, userIdForSrp, password, challenge, timestamp } = request;
        return session.passwordClaimSignature(poolName, userIdForSrp, password, challenge, timestamp);
      }
      case 'deviceVerifier':
        return createDeviceVerifier(request.deviceGroupKey, request.deviceKey, undefined, noPause);
    }
  }

  return {
    precompute,
    async handle(request: SrpWorkerRequest): Promise<SrpWorkerResponse> {
      try {
        return { id: request.id, ok: true, value: (await run(request)) as never };
      } catch (error) {
        return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
