import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRefreshRequest } from './request-log';

/** What the proxy does to a request it matches. */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'drop' } // the connection is destroyed without an answer: fetch fails as when the network is down
  | { kind: 'delay'; ms: number }
  | { kind: 'dropAfter'; ms: number } // no answer for `ms`, then the connection is destroyed: the network went while the request was out
  | { kind: 'status'; status: number; body?: string } // e.g. 500 with an HTML page from a load balancer
  | { kind: 'reset' }; // the request reaches the emulator, but the answer is cut off

export interface FaultRule {
  /** Which requests: by X-Amz-Target operation and/or AuthFlow. Omitted: all. */
  target?: string;
  authFlow?: string;
  /** true: refreshes only, whatever the operation (GetTokensFromRefreshToken or InitiateAuth REFRESH_TOKEN_AUTH). */
  refresh?: boolean;
  fault: Fault;
  /** Apply to this many matching requests, then stop matching. Omitted: until changed. */
  times?: number;
}

export interface ProxiedRequest {
  target: string;
  authFlow: string | undefined;
  /** A refresh, whatever the operation. */
  refresh?: true;
  at: number;
  fault: Fault['kind'];
}

/**
 * A small fault-injecting HTTP proxy on 127.0.0.1 in front of the emulator: the kit talks to it as to Cognito,
 * and the test decides which requests are dropped, delayed, answered 500 or cut off.
 */
export async function startFaultProxy(upstream: string) {
  const target = new URL(upstream);
  let rules: FaultRule[] = [];
  const log: ProxiedRequest[] = [];

  const pick = (operation: string, authFlow: string | undefined, refresh: boolean): Fault => {
    const rule = rules.find(
      (r) =>
        (r.target === undefined || r.target === operation) &&
        (r.authFlow === undefined || r.authFlow === authFlow) &&
        (r.refresh === undefined || r.refresh === refresh) &&
        (r.times ?? 1) > 0,
    );
    if (!rule) return { kind: 'pass' };
    if (rule.times !== undefined) rule.times -= 1;
    return rule.fault;
  };

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, cutOff: boolean) => {
    const upstreamRequest = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (upstreamResponse) => {
        if (cutOff) {
          upstreamResponse.resume();
          req.socket.destroy();
          return;
        }
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(res);
      },
    );
    upstreamRequest.on('error', () => req.socket.destroy());
    upstreamRequest.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      let parsed: { AuthFlow?: string } = {};
      try {
        parsed = JSON.parse(body.toString() || '{}') as { AuthFlow?: string };
      } catch {
        parsed = {};
      }
      const authFlow = parsed.AuthFlow;
      const refresh = isRefreshRequest(operation, parsed);
      // CORS preflights and non-API calls always pass.
      const fault = req.method === 'POST' && operation ? pick(operation, authFlow, refresh) : { kind: 'pass' as const };
      if (req.method === 'POST' && operation) {
        log.push({ target: operation, authFlow, ...(refresh ? { refresh: true as const } : {}), at: Date.now(), fault: fault.kind });
      }
      switch (fault.kind) {
        case 'drop':
          req.socket.destroy();
          return;
        case 'status':
          res.writeHead(fault.status, { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' });
          res.end(fault.body ?? '<html><body>502 Bad Gateway</body></html>');
          return;
        case 'delay':
          setTimeout(() => forward(req, res, body, false), fault.ms);
          return;
        case 'dropAfter':
          setTimeout(() => req.socket.destroy(), fault.ms);
          return;
        case 'reset':
          forward(req, res, body, true);
          return;
        case 'pass':
          forward(req, res, body, false);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    /** Replaces the rules; the first matching rule wins. */
    set(next: FaultRule[]) {
      rules = next.map((rule) => ({ ...rule }));
    },
    clear() {
      rules = [];
    },
    log: () => [...log],
    clearLog: () => void log.splice(0),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type FaultProxy = Awaited<ReturnType<typeof startFaultProxy>>;
