import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  url: string;
  /** Every request path the server was asked for, query string included. */
  requested: string[];
  close(): Promise<void>;
}

/**
 * Serves a built app (a Vite `dist/`) on 127.0.0.1 and a free port, like any static host: files as they are,
 * and index.html for paths that are not files (single-page-app fallback). `headers` go with every file (a
 * Content-Security-Policy, say).
 */
export async function serveStatic(directory: string, options: { headers?: Record<string, string> } = {}): Promise<StaticServer> {
  const root = resolve(directory);
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    requested.push(rawUrl);
    void (async () => {
      try {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405, { Allow: 'GET, HEAD' }).end();
          return;
        }
        const pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
        let file = normalize(join(root, pathname));
        if (file !== root && !file.startsWith(root + sep)) {
          res.writeHead(403).end();
          return;
        }
        let info = await stat(file).catch(() => undefined);
        if (info?.isDirectory()) {
          file = join(file, 'index.html');
          info = await stat(file).catch(() => undefined);
        }
        if (!info?.isFile()) {
          if (extname(pathname)) {
            res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
            return;
          }
          file = join(root, 'index.html');
          info = await stat(file);
        }
        res.writeHead(200, {
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-store',
          ...options.headers,
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
