import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchError, JwtBaseError, JwtExpiredError } from 'aws-jwt-verify/error';
import type { AccessTokenClaims, AccessTokenVerifier } from './verifier';

/** A code the emulator would have emailed (the shape of the harness's `DeliveredCode`). */
export interface InboxCode {
  email: string;
  code: string;
  at: number;
  kind: string;
}

/** Dev only: where the API reads the codes for the app's inbox panel. Absent with a real pool. */
export interface DevInboxSource {
  all(): InboxCode[];
  onCode(listener: (code: InboxCode) => void): () => void;
}

export interface DemoApiOptions {
  verifier: AccessTokenVerifier;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Group that may call /api/admin. Default "admin". */
  adminGroup?: string;
  inbox?: DevInboxSource;
  /** One line per API request (method, path, status, who). */
  log?: (line: string) => void;
}

export interface DemoApi {
  /** e.g. "http://127.0.0.1:8787" (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

type Outcome = { status: number; body: unknown; headers?: Record<string, string> };

// Bearer tokens, no cookies: any origin may call, and none gets more than its token allows.
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'WWW-Authenticate',
  'Access-Control-Max-Age': '600',
};

function send(res: ServerResponse, { status, body, headers }: Outcome): void {
  res.writeHead(status, { ...corsHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const unauthorized = (error: string, message: string): Outcome => ({
  status: 401,
  body: { error, message },
  headers: { 'WWW-Authenticate': `Bearer realm="demo-api", error="invalid_token", error_description="${message.replace(/"/g, "'")}"` },
});

function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** Verifies the bearer access token: the claims, or the 401/503 to answer. */
async function authenticate(
  req: IncomingMessage,
  verifier: AccessTokenVerifier,
): Promise<{ claims: AccessTokenClaims } | { refused: Outcome }> {
  const token = bearerToken(req);
  if (!token) {
    return {
      refused: {
        status: 401,
        body: { error: 'missing_token', message: 'Send the access token: Authorization: Bearer <token>.' },
        headers: { 'WWW-Authenticate': 'Bearer realm="demo-api"' },
      },
    };
  }
  try {
    return { claims: await verifier.verify(token) };
  } catch (error) {
    if (error instanceof JwtExpiredError) return { refused: unauthorized('token_expired', 'The access token expired.') };
    // The JWKS could not be fetched: the pool (or emulator) is unreachable, not the caller's fault.
    if (error instanceof FetchError) {
      return { refused: { status: 503, body: { error: 'jwks_unavailable', message: 'The token keys could not be fetched; try again.' } } };
    }
    if (error instanceof JwtBaseError) {
      return { refused: unauthorized('invalid_token', `The access token is not valid: ${error.message}`) };
    }
    throw error;
  }
}

const groupsOf = (claims: AccessTokenClaims): string[] => (Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : []);

function serveInboxEvents(req: IncomingMessage, res: ServerResponse, inbox: DevInboxSource): void {
  res.writeHead(200, { ...corsHeaders, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  const push = (code: InboxCode) => res.write(`event: code\ndata: ${JSON.stringify(code)}\n\n`);
  res.write('retry: 1000\n\n');
  for (const code of inbox.all()) push(code);
  const stop = inbox.onCode(push);
  // A comment every 15 s keeps proxies from closing an idle stream.
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    stop();
  });
}

/**
 * The demo's API: every /api route verifies the Cognito access token; /api/admin also wants the admin group.
 * With `inbox`, /dev/inbox (JSON) and /dev/inbox/events (server-sent events) list the emulator's codes.
 */
export async function startDemoApi(options: DemoApiOptions): Promise<DemoApi> {
  const { verifier, inbox, log } = options;
  const adminGroup = options.adminGroup ?? 'admin';

  const route = async (req: IncomingMessage, path: string): Promise<Outcome> => {
    if (path === '/api/health') return { status: 200, body: { ok: true } };
    if (path === '/api/me' || path === '/api/admin') {
      const auth = await authenticate(req, verifier);
      if ('refused' in auth) return auth.refused;
      const verified = auth.claims;
      if (path === '/api/me') return { status: 200, body: { claims: verified } };
      const groups = groupsOf(verified);
      if (!groups.includes(adminGroup)) {
        return { status: 403, body: { error: 'forbidden', message: `Only the "${adminGroup}" group may call this.`, groups } };
      }
      return {
        status: 200,
        body: { message: `Welcome, member of "${adminGroup}". The API checked your token and your group.`, sub: verified.sub, groups },
      };
    }
    if (inbox && path === '/dev/inbox') return { status: 200, body: { codes: inbox.all().reverse() } };
    return { status: 404, body: { error: 'not_found', message: `No route ${path}` } };
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://api').pathname;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, { status: 405, body: { error: 'method_not_allowed', message: 'GET only' }, headers: { Allow: 'GET, OPTIONS' } });
      return;
    }
    if (inbox && path === '/dev/inbox/events') {
      serveInboxEvents(req, res, inbox);
      return;
    }
    route(req, path).then(
      (outcome) => {
        send(res, outcome);
        if (log && path.startsWith('/api/') && path !== '/api/health') log(`${req.method} ${path} ${outcome.status}`);
      },
      (error: unknown) => send(res, { status: 500, body: { error: 'internal', message: String(error) } }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Open event streams (the inbox panel) and keep-alive sockets would hold close() forever.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
