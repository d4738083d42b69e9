import type { WorkerLike, WorkerRefusals } from './worker-engine.js';

/**
 * The SRP worker as its own file next to this one. `new Worker(new URL('./…', import.meta.url), { type: 'module' })`
 * is the one form Vite, webpack 5 and a browser loading dist/ as plain ES modules all understand: the bundlers
 * emit the worker as a chunk of its own. The library build (vite.config.ts) turns '.ts' into '.js' here.
 */
export const startSrpWorker = (): WorkerLike => new Worker(new URL('./srp-worker.ts', import.meta.url), { type: 'module' });

/** A Content-Security-Policy that refuses the worker says so in a violation report: the clearest reason to give. */
export const cspRefusals: WorkerRefusals = (refuse) => {
  if (typeof document !== 'object') return () => undefined;
  const listener = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'worker-src') refuse(`Content-Security-Policy refused it (${event.violatedDirective || event.effectiveDirective}; allow it with worker-src 'self')`);
  };
  document.addEventListener('securitypolicyviolation', listener);
  return () => document.removeEventListener('securitypolicyviolation', listener);
};
