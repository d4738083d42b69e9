// The SRP worker's entry (started by start-srp-worker.ts): all the big-number work of a sign-in, off the page's
// main thread.
import { createSrpWorkerHandler } from './srp-worker-handler.js';
import { SRP_WORKER_READY, type SrpWorkerRequest } from './srp-worker-protocol.js';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SrpWorkerRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handler = createSrpWorkerHandler();
scope.addEventListener('message', (event) => {
  void handler.handle(event.data).then((response) => scope.postMessage(response));
});
scope.postMessage(SRP_WORKER_READY);
handler.precompute();
