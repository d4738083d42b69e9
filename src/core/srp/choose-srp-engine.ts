import type { DeviceVerifier } from './device-verifier.js';
import type { SignInSrp, SrpEngine, SrpEngineInfo } from './srp-engine.js';
import { SrpWorkerStopped, connectSrpWorker, type WorkerLike, type WorkerRefusals } from './worker-engine.js';

export interface SrpEngineChoice {
  /** Creates the worker; undefined where this runtime has none. May throw (a SecurityError, say). */
  createWorker?: () => WorkerLike;
  refusals?: WorkerRefusals;
  timeoutMs?: number;
  /** The main-thread engine for a reason (tests hand in one that counts). */
  fallback?: (reason: string) => SrpEngine | Promise<SrpEngine>;
}

export interface ChosenSrpEngine extends Omit<SrpEngine, keyof SrpEngineInfo> {
  /** Where the maths runs, once that is known (the worker said it is ready, or it failed). */
  info(): Promise<SrpEngineInfo>;
}

export const NO_WORKER_REASON = 'this runtime has no Web Worker (Node, or an old browser)';

// Its own chunk: a page whose worker starts never downloads the maths a second time for the main thread.
const mainThread = (reason: string) => import('./main-thread-engine.js').then((m) => m.mainThreadEngine(reason));

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * The worker when one starts, the sliced main thread when not, chosen once. A worker that dies later hands over to
 * the main thread for what is asked after (a session already begun in it cannot go on: its secret died with it).
 */
export function chooseSrpEngine({ createWorker, refusals, timeoutMs, fallback = mainThread }: SrpEngineChoice): ChosenSrpEngine {
  let current!: Promise<SrpEngine>;
  let reason = '';
  const fallBack = (why: string) => {
    reason = why;
    return (current = Promise.resolve(fallback(why)));
  };
  let worker: WorkerLike | undefined;
  let failure = NO_WORKER_REASON;
  try {
    worker = createWorker?.();
  } catch (error) {
    failure = `the SRP worker could not be created (${describe(error)})`;
  }
  if (worker) current = connectSrpWorker(worker, { timeoutMs, refusals }).catch((error: Error) => fallBack(`the SRP worker did not start: ${error.message}`));
  else fallBack(failure);

  async function use<T>(work: (engine: SrpEngine) => Promise<T>): Promise<T> {
    // A main-thread chunk that could not be fetched (offline) is fetched again by the next call, as elsewhere.
    const engine = await current.catch(() => (reason ? fallBack(reason) : Promise.reject(new Error('The SRP engine did not start.'))));
    try {
      return await work(engine);
    } catch (error) {
      if (!(error instanceof SrpWorkerStopped)) throw error;
      // A new step (a new session, a verifier) can start again on the main thread.
      fallBack(error.message);
      return work(await current);
    }
  }

  return {
    info: () => current.then(({ engine, reason }) => (reason ? { engine, reason } : { engine })),
    prepare: () => void current.then((engine) => engine.prepare()).catch(() => undefined),
    startSession: (): Promise<SignInSrp> => use((engine) => engine.startSession()),
    deviceVerifier: (deviceGroupKey, deviceKey): Promise<DeviceVerifier> => use((engine) => engine.deviceVerifier(deviceGroupKey, deviceKey)),
  };
}
