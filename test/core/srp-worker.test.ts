import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NO_WORKER_REASON, chooseSrpEngine } from '../../src/core/srp/choose-srp-engine';
import { mainThreadEngine } from '../../src/core/srp/main-thread-engine';
import { sha256 } from '../../src/core/srp/sha256';
import { startSrpSession } from '../../src/core/srp/srp-session';
import { createSrpWorkerHandler } from '../../src/core/srp/srp-worker-handler';
import { SRP_WORKER_READY, type SrpWorkerRequest } from '../../src/core/srp/srp-worker-protocol';
import { srpEngine } from '../../src/core/srp/srp-engine-status';
import { SrpWorkerStopped, connectSrpWorker, type WorkerLike } from '../../src/core/srp/worker-engine';
import { SRP_G, SRP_N, modPow, passwordClaimSignature, passwordVerifier, randomSaltHex, signaturesMatch, startServerSession } from '../support/srp-verifier';

// The worker's protocol and the choice of engine, in Node. The worker is a stand-in here (Node has no Web Worker):
// it answers with the real handler the worker runs; test/e2e/srp-worker.test.ts runs the real one in Chromium.

const POOL = 'AbC123xyZ';
const USER = 'user-id-for-srp';
const PASSWORD = 'Correct-Horse-9!';
const SECRET_BLOCK = randomBytes(64).toString('base64');
const TIMESTAMP = 'Tue Dec 1 06:00:00 UTC 2026';

/** What Cognito's side does with A: a challenge for it, and the signature it expects back. */
function serverChallenge(srpA: string) {
  const salt = randomSaltHex();
  const server = startServerSession(BigInt(`0x${srpA}`), passwordVerifier(POOL, USER, PASSWORD, salt));
  const challenge = { SRP_B: server.B.toString(16), SALT: salt, SECRET_BLOCK };
  return { challenge, expected: passwordClaimSignature(server.key, POOL, USER, SECRET_BLOCK, TIMESTAMP) };
}

type Listener = (event: Event) => void;

/** A Worker stand-in whose other end is the real handler; each step of its life is the test's to trigger. */
class FakeWorker implements WorkerLike {
  readonly listeners = new Map<string, Listener[]>();
  readonly posted: SrpWorkerRequest[] = [];
  terminated = false;
  constructor(readonly handler = createSrpWorkerHandler()) {}
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: object) {
    for (const listener of this.listeners.get(type) ?? []) listener(event as Event);
  }
  ready() {
    this.emit('message', { data: SRP_WORKER_READY });
  }
  postMessage(request: SrpWorkerRequest) {
    this.posted.push(request);
    if (this.terminated) return;
    void this.handler.handle(request).then((response) => setImmediate(() => !this.terminated && this.emit('message', { data: response })));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the SRP worker handler (what runs inside the worker)', () => {
  it('hands out A and signs the challenge for it with a signature Cognito accepts, from a session computed ahead', async () => {
    let started = 0;
    const handler = createSrpWorkerHandler(() => {
      started++;
      return startSrpSession({ sha256, randomHex: (n) => randomBytes(n).toString('hex'), pace: () => undefined });
    });
    handler.precompute();
    expect(started, 'A is computed as the worker starts, before anyone asks').toBe(1);
    const opened = await handler.handle({ id: 1, op: 'session' });
    expect(opened.ok).toBe(true);
    const { session, srpA } = (opened as { value: { session: number; srpA: string } }).value;
    expect(started, 'the next session is computed as soon as this one is handed out').toBe(2);
    expect(BigInt(`0x${srpA}`) % SRP_N).not.toBe(0n);
    const { challenge, expected } = serverChallenge(srpA);
    const signed = await handler.handle({ id: 2, op: 'signature', session, poolName: POOL, userIdForSrp: USER, password: PASSWORD, challenge, timestamp: TIMESTAMP });
    expect(signed).toMatchObject({ id: 2, ok: true });
    expect(signaturesMatch(expected, (signed as { value: string }).value)).toBe(true);
  });

  it('uses a session once: a second signature for it is an error, not a second proof from the same secret', async () => {
    const handler = createSrpWorkerHandler();
    const { session, srpA } = ((await handler.handle({ id: 1, op: 'session' })) as { value: { session: number; srpA: string } }).value;
    const request = { op: 'signature', session, poolName: POOL, userIdForSrp: USER, password: PASSWORD, challenge: serverChallenge(srpA).challenge, timestamp: TIMESTAMP } as const;
    expect((await handler.handle({ id: 2, ...request })).ok).toBe(true);
    expect(await handler.handle({ id: 3, ...request })).toEqual({ id: 3, ok: false, error: 'This SRP session was used or never started.' });
  });

  it("answers a bad challenge with the maths' own error (B = 0 is refused)", async () => {
    const handler = createSrpWorkerHandler();
    const { session } = ((await handler.handle({ id: 1, op: 'session' })) as { value: { session: number } }).value;
    const answer = await handler.handle({ id: 2, op: 'signature', session, poolName: POOL, userIdForSrp: USER, password: PASSWORD, challenge: { SRP_B: '0', SALT: '01' }, timestamp: TIMESTAMP });
    expect(answer).toEqual({ id: 2, ok: false, error: 'B cannot be zero.' });
  });

  it('makes a device verifier v = g^x for the secret and salt it returns', async () => {
    const handler = createSrpWorkerHandler();
    const answer = await handler.handle({ id: 7, op: 'deviceVerifier', deviceGroupKey: 'group-key', deviceKey: 'eu-west-1_device' });
    const { secret, salt, verifier } = (answer as { value: { secret: string; salt: string; verifier: string } }).value;
    // The device's own SRP is the password's with the group key as pool and the device key as user.
    const expected = passwordVerifier('group-key', 'eu-west-1_device', secret, Buffer.from(salt, 'base64').toString('hex'));
    expect(BigInt(`0x${Buffer.from(verifier, 'base64').toString('hex')}`)).toBe(expected);
    expect(expected).not.toBe(modPow(SRP_G, 0n, SRP_N));
  });
});

describe('connectSrpWorker (the page side of the protocol)', () => {
  it('waits for the worker to say it is ready, then signs in through it', async () => {
    const worker = new FakeWorker();
    let connected = false;
    const connecting = connectSrpWorker(worker).then((engine) => ((connected = true), engine));
    await new Promise((resolve) => setImmediate(resolve));
    expect(connected).toBe(false);
    worker.ready();
    const engine = await connecting;
    expect(engine.engine).toBe('worker');
    const session = await engine.startSession();
    const { challenge, expected } = serverChallenge(session.srpA);
    expect(signaturesMatch(expected, await session.passwordClaimSignature(POOL, USER, PASSWORD, challenge, TIMESTAMP))).toBe(true);
    expect(worker.posted.map((r) => r.op)).toEqual(['session', 'signature']);
    expect(new Set(worker.posted.map((r) => r.id)).size, 'each request has its own id').toBe(2);
  });

  it('rejects with why when the script never loads (an error event before "ready") and stops the worker', async () => {
    const worker = new FakeWorker();
    const connecting = connectSrpWorker(worker);
    worker.emit('error', { message: '' });
    await expect(connecting).rejects.toThrow(/its script did not load \(a Content-Security-Policy that allows no worker here, or the file is missing\)/);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with the refusal's reason (a CSP violation report) even when no error event comes", async () => {
    const worker = new FakeWorker();
    let unsubscribed = false;
    const connecting = connectSrpWorker(worker, {
      refusals: (refuse) => {
        queueMicrotask(() => refuse("Content-Security-Policy refused it (child-src; allow it with worker-src 'self')"));
        return () => (unsubscribed = true);
      },
    });
    await expect(connecting).rejects.toThrow("Content-Security-Policy refused it (child-src; allow it with worker-src 'self')");
    expect(unsubscribed).toBe(true);
  });

  it('gives up on a worker that never answers after timeoutMs', async () => {
    const worker = new FakeWorker();
    await expect(connectSrpWorker(worker, { timeoutMs: 20 })).rejects.toThrow('it sent no word within 20 ms');
    expect(worker.terminated).toBe(true);
  });

  it('a worker that dies after starting rejects what was pending, and what comes later, as SrpWorkerStopped', async () => {
    const worker = new FakeWorker({ handle: () => new Promise(() => undefined), precompute: () => undefined });
    const connecting = connectSrpWorker(worker);
    worker.ready();
    const engine = await connecting;
    const pending = engine.startSession();
    worker.emit('error', { message: 'Uncaught RangeError: out of memory' });
    await expect(pending).rejects.toThrow(new SrpWorkerStopped('the SRP worker stopped: Uncaught RangeError: out of memory'));
    await expect(engine.deviceVerifier('g', 'd')).rejects.toBeInstanceOf(SrpWorkerStopped);
  });
});

describe('chooseSrpEngine (worker or main thread, and why)', () => {
  /** A main-thread engine that says when it was used. */
  const countingFallback = () => {
    const used: string[] = [];
    return {
      used,
      fallback: (reason: string) => {
        const engine = mainThreadEngine(reason);
        return { ...engine, startSession: () => (used.push('startSession'), engine.startSession()) };
      },
    };
  };

  it('without Worker (Node, an old browser): the main thread, with that reason', async () => {
    const { used, fallback } = countingFallback();
    const chosen = chooseSrpEngine({ fallback });
    expect(await chosen.info()).toEqual({ engine: 'main-thread', reason: NO_WORKER_REASON });
    const session = await chosen.startSession();
    const { challenge, expected } = serverChallenge(session.srpA);
    expect(signaturesMatch(expected, await session.passwordClaimSignature(POOL, USER, PASSWORD, challenge, TIMESTAMP))).toBe(true);
    expect(used).toEqual(['startSession']);
  });

  it('a worker that starts: the worker, no reason, and the main thread is never used', async () => {
    const { used, fallback } = countingFallback();
    const worker = new FakeWorker();
    const chosen = chooseSrpEngine({ createWorker: () => worker, fallback });
    worker.ready();
    expect(await chosen.info()).toEqual({ engine: 'worker' });
    const session = await chosen.startSession();
    expect(session.srpA).toMatch(/^[0-9a-f]+$/);
    expect(worker.posted).toHaveLength(1);
    expect(used).toEqual([]);
  });

  it('a Worker constructor that throws (SecurityError): the main thread, with the error in the reason', async () => {
    const chosen = chooseSrpEngine({
      createWorker: () => {
        throw new DOMException("Failed to construct 'Worker': Access denied", 'SecurityError');
      },
    });
    expect(await chosen.info()).toEqual({ engine: 'main-thread', reason: "the SRP worker could not be created (SecurityError: Failed to construct 'Worker': Access denied)" });
  });

  it('a worker whose script is refused: the main thread, with the reason, and sign-in still works', async () => {
    const { used, fallback } = countingFallback();
    const worker = new FakeWorker();
    const chosen = chooseSrpEngine({ createWorker: () => worker, fallback });
    worker.emit('error', { message: '' });
    const info = await chosen.info();
    expect(info.engine).toBe('main-thread');
    expect(info.reason).toMatch(/^the SRP worker did not start: its script did not load/);
    const session = await chosen.startSession();
    const { challenge, expected } = serverChallenge(session.srpA);
    expect(signaturesMatch(expected, await session.passwordClaimSignature(POOL, USER, PASSWORD, challenge, TIMESTAMP))).toBe(true);
    expect(used).toEqual(['startSession']);
  });

  it('a worker that dies later: the next session runs on the main thread, and the reason says so', async () => {
    const { used, fallback } = countingFallback();
    const worker = new FakeWorker();
    const chosen = chooseSrpEngine({ createWorker: () => worker, fallback });
    worker.ready();
    await chosen.startSession();
    worker.emit('error', { message: 'Uncaught Error: boom' });
    const session = await chosen.startSession();
    expect(used).toEqual(['startSession']);
    expect(session.srpA).toMatch(/^[0-9a-f]+$/);
    expect(await chosen.info()).toEqual({ engine: 'main-thread', reason: 'the SRP worker stopped: Uncaught Error: boom' });
  });
});

describe('srpEngine() (public, for debugging)', () => {
  it('in Node: the main thread, because there is no Web Worker', async () => {
    expect(await srpEngine()).toEqual({ engine: 'main-thread', reason: NO_WORKER_REASON });
  });
});
