import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwtPayload } from '../../src/core/tokens';

/**
 * A stand-in for an app's API: 401 for a missing, expired or rejected access token (the demo API does real
 * signature checks; here only what the refresh logic reacts to matters), 200 with the `sub` otherwise.
 */
export async function startTokenCheckingApi() {
  const rejected = new Set<string>();
  const seen: Array<{ token: string | null; status: number; at: number }> = [];
  const server = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    let status = 200;
    let body: unknown = {};
    if (!token || rejected.has(token)) status = 401;
    else {
      const { exp, sub } = decodeJwtPayload<{ exp: number; sub: string }>(token);
      if (exp * 1000 <= Date.now()) status = 401;
      else body = { sub };
    }
    seen.push({ token, status, at: Date.now() });
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(status === 200 ? body : { message: 'Unauthorized' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/me`,
    reject: (token: string) => void rejected.add(token),
    seen: () => [...seen],
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
