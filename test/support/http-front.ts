import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { describeRequest, type RequestLog } from './request-log';

const OPENID_CONFIGURATION_PATH = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/openid-configuration$/;

// cognito-local answers this route with a hard-coded http://localhost:9229.
function sendOpenIdConfiguration(res: ServerResponse, endpoint: string, userPoolId: string): void {
  const issuer = `${endpoint}/${userPoolId}`;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  res.end(
    JSON.stringify({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      authorization_endpoint: `${endpoint}/oauth2/authorize`,
      token_endpoint: `${endpoint}/oauth2/token`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
    }),
  );
}

/** In front of cognito-local's express app: the real issuer for discovery, and a log of every API call. */
export function frontRequestListener(app: RequestListener, log: RequestLog, endpoint: () => string): RequestListener {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://emulator').pathname;
    const discoveryPoolId = req.method === 'GET' ? OPENID_CONFIGURATION_PATH.exec(path)?.[1] : undefined;
    if (discoveryPoolId) {
      sendOpenIdConfiguration(res, endpoint(), discoveryPoolId);
      return;
    }
    const amzTarget = req.headers['x-amz-target'];
    if (req.method === 'POST' && path === '/' && typeof amzTarget === 'string') {
      const at = Date.now();
      res.once('finish', () => {
        // express's body parser leaves the parsed JSON on the same request object.
        const { body } = req as IncomingMessage & { body?: unknown };
        log.add(describeRequest(amzTarget.split('.')[1] ?? amzTarget, body, at, res.statusCode));
      });
    }
    app(req, res);
  };
}
