import { loadSrp } from './load-srp.js';
import type { SrpEngineInfo } from './srp-engine.js';

/**
 * Where this page runs the SRP maths of a sign-in: `{ engine: 'worker' }`, or `{ engine: 'main-thread', reason }`
 * (no Web Worker in this runtime, or one that could not start, e.g. a Content-Security-Policy without worker-src).
 * For debugging; loads the SRP chunk and starts the engine when nothing has yet.
 */
export const srpEngine = (): Promise<SrpEngineInfo> => loadSrp().then((srp) => srp.srpEngineInfo());
