import type { SrpEngine } from './srp-engine.js';
import { SRP_WORKER_READY, isSrpWorkerResponse, type SrpWorkerRequest, type SrpWorkerResults } from './srp-worker-protocol.js';

/** The part of a Worker this uses (a fake stands in for it in the unit tests). */
export interface WorkerLike {
  postMessage(message: SrpWorkerRequest): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** Subscribes to signals that the worker was refused (a CSP violation report); returns the unsubscribe. */
export type WorkerRefusals = (refuse: (reason: string) => void) => () => void;

type Request = SrpWorkerRequest extends infer R ? (R extends SrpWorkerRequest ? Omit<R, 'id'> : never) : never;

/** The worker died after it had started: what was asked of it is lost, what comes next can go elsewhere. */
export class SrpWorkerStopped extends Error {
  override name = 'SrpWorkerStopped';
}

const loadFailure = 'its script did not load (a Content-Security-Policy that allows no worker here, or the file is missing)';

/**
 * Talks to a started SRP worker. Resolves once the worker says it is ready, rejects with why it is not: an error
 * event (blocked or missing script), a refusal signal, or no word within `timeoutMs`. After that, a worker that
 * dies rejects what was asked of it and everything asked later.
 */
export function connectSrpWorker(worker: WorkerLike, { timeoutMs = 10_000, refusals }: { timeoutMs?: number; refusals?: WorkerRefusals } = {}): Promise<SrpEngine> {
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let lastId = 0;
  let broken: Error | undefined;
  let ready = false;

  function ask<K extends keyof SrpWorkerResults>(request: Request & { op: K }): Promise<SrpWorkerResults[K]> {
    if (broken) return Promise.reject(broken);
    const id = ++lastId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } as SrpWorkerRequest);
    });
  }

  const engine: SrpEngine = {
    engine: 'worker',
    // The worker computes the next A as soon as it starts and after each session it hands out.
    prepare: () => undefined,
    async startSession() {
      const { session, srpA } = await ask({ op: 'session' });
      return {
        srpA,
        passwordClaimSignature: (poolName, userIdForSrp, password, challenge, timestamp) =>
          ask({ op: 'signature', session, poolName, userIdForSrp, password, challenge, timestamp }),
      };
    },
    deviceVerifier: (deviceGroupKey, deviceKey) => ask({ op: 'deviceVerifier', deviceGroupKey, deviceKey }),
  };

  return new Promise((resolve, reject) => {
    let stopListening: (() => void) | undefined;
    const fail = (reason: string) => {
      if (broken) return;
      broken = ready ? new SrpWorkerStopped(`the SRP worker stopped: ${reason}`) : new Error(reason);
      clearTimeout(timer);
      stopListening?.();
      worker.terminate();
      for (const request of pending.values()) request.reject(broken);
      pending.clear();
      if (!ready) reject(broken);
    };
    const timer = setTimeout(() => fail(`it sent no word within ${timeoutMs} ms`), timeoutMs);
    stopListening = refusals?.(fail);
    worker.addEventListener('error', (event) => {
      const message = (event as ErrorEvent).message;
      fail(ready && message ? message : loadFailure);
    });
    worker.addEventListener('messageerror', () => fail('a message could not be read'));
    worker.addEventListener('message', (event) => {
      const { data } = event as MessageEvent<unknown>;
      if (data === SRP_WORKER_READY) {
        ready = true;
        clearTimeout(timer);
        stopListening?.();
        resolve(engine);
        return;
      }
      if (!isSrpWorkerResponse(data)) return;
      const request = pending.get(data.id);
      if (!request) return;
      pending.delete(data.id);
      if (data.ok) request.resolve(data.value);
      else request.reject(new Error(data.error));
    });
  });
}
