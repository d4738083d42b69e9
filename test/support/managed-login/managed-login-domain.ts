import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { decodeJwtPayload } from '../access-token';
import { AuthorizationCodes, type CodeGrant } from './authorization-codes';
import { errorRedirect, parseAuthorizeRequest, trustedClientAndRedirect, type AuthorizeRequest } from './authorize-request';
import { linkFederatedUser } from './federated-users';
import { cookies, readForm, redirect, sendHtml, setCookie } from './http-helpers';
import type { IdentityProviders } from './identity-providers';
import { LoginSessions } from './login-sessions';
import { errorPage, loginPage } from './login-page';
import { AuthorizeError, ErrorPage } from './oauth-errors';
import { oauthClientOfPool } from './oauth-client';
import { OidcFederation } from './oidc-federation';
import { revokeEndpoint } from './revoke-endpoint';
import type { GrantedScopes } from './granted-scopes';
import { SessionTokens } from './session-tokens';
import { tokenEndpoint } from './token-endpoint';
import { userInfoEndpoint } from './userinfo-endpoint';

export interface ManagedLoginDomainDeps {
  services: Pick<Services, 'cognito' | 'clock' | 'tokenGenerator'>;
  /** The gap-filled router, keeping `grantedScopes` on refresh: password checks, refresh and revocation go through the API's own rules. */
  router: Router;
  grantedScopes: GrantedScopes;
  identityProviders: IdentityProviders;
  ctx: Context;
  /** The pool's token issuer, e.g. http://127.0.0.1:9229/local_abc. */
  issuer: (userPoolId: string) => string;
}

export interface ManagedLoginDomain {
  /** The domain's base URL, e.g. "http://localhost:54321": the kit's `oauth.domain`. */
  domain: string;
  stop(): Promise<void>;
}

// Browsers call these from the app's origin (developer guide: the token and revocation endpoints accept CORS requests).
const CORS_PATHS = new Set(['/oauth2/token', '/oauth2/revoke', '/oauth2/userInfo']);

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return origin
    ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Methods': 'GET, POST, OPTIONS', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Max-Age': '600', Vary: 'Origin' }
    : {};
}

/**
 * A user pool domain: Cognito's OAuth 2.0 endpoints with its managed login page, served for one user pool. Listens on
 * `host` (default 127.0.0.1) and is addressed as http://localhost:<port>, as Cognito allows http only for localhost.
 */
export async function startManagedLoginDomain(
  deps: ManagedLoginDomainDeps,
  options: { userPoolId: string; port?: number; host?: string },
): Promise<ManagedLoginDomain & { port: number }> {
  const { services, router, identityProviders, ctx } = deps;
  const { userPoolId } = options;
  const codes = new AuthorizationCodes();
  const tokens = new SessionTokens(services, router, deps.grantedScopes);
  let domain = '';
  let sessions = new LoginSessions('cognito-managed-login');
  let xsrfCookie = 'cognito-managed-login-xsrf';
  const federation = new OidcFederation(() => `${domain}/oauth2/idpresponse`);
  const now = () => services.clock.get().getTime();

  const codeRedirect = (grant: CodeGrant, state: string | undefined): string => {
    const url = new URL(grant.redirectUri);
    url.searchParams.set('code', codes.issue(grant, now()));
    if (state !== undefined) url.searchParams.set('state', state);
    return url.toString();
  };
  const grantOf = (request: AuthorizeRequest): Omit<CodeGrant, 'username'> => ({
    clientId: request.client.ClientId,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
    nonce: request.nonce,
    codeChallenge: request.codeChallenge,
  });

  /** The checked authorize request, or the answer already sent (error page or error redirect). */
  const authorizeRequest = async (query: URLSearchParams, res: ServerResponse): Promise<AuthorizeRequest | undefined> => {
    let redirectUri: string;
    try {
      ({ redirectUri } = await trustedClientAndRedirect(services, ctx, userPoolId, query));
      return await parseAuthorizeRequest(services, ctx, userPoolId, identityProviders, query);
    } catch (error) {
      if (error instanceof ErrorPage) sendHtml(res, error.status, errorPage(error.error));
      else if (error instanceof AuthorizeError) redirect(res, errorRedirect(redirectUri!, error, query.get('state') ?? undefined));
      else throw error;
      return undefined;
    }
  };

  const showLogin = (res: ServerResponse, request: AuthorizeRequest, req: IncomingMessage, extra: { username?: string; error?: string; status?: number } = {}) => {
    const xsrfToken = cookies(req).get(xsrfCookie) ?? randomBytes(16).toString('base64url');
    const providers = (request.client.SupportedIdentityProviders ?? [])
      .filter((name) => name !== 'COGNITO' && identityProviders.get(userPoolId, name))
      .map((name) => {
        const query = new URLSearchParams(request.query);
        query.set('identity_provider', name);
        return { name, href: `/oauth2/authorize?${query.toString()}` };
      });
    // login_hint fills the username field (developer guide, "The redirect and authorization endpoint").
    const username = extra.username ?? request.query.get('login_hint') ?? undefined;
    sendHtml(res, extra.status ?? 200, loginPage({ action: `/login?${request.query.toString()}`, xsrfToken, providers, ...extra, username }), {
      'Set-Cookie': setCookie(xsrfToken, xsrfCookie),
    });
  };

  const authorize = async (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => {
    const request = await authorizeRequest(query, res);
    if (!request) return;
    if (request.provider) {
      redirect(res, await federation.start(request.provider, grantOf(request), request.state, query.get('login_hint') ?? undefined));
      return;
    }
    const session = sessions.current(req, now());
    if (session) {
      redirect(res, codeRedirect({ ...grantOf(request), username: session.username }, request.state));
      return;
    }
    redirect(res, `/login?${query.toString()}`);
  };

  const login = async (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => {
    const request = await authorizeRequest(query, res);
    if (!request) return;
    if (req.method !== 'POST') return showLogin(res, request, req);
    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const xsrf = cookies(req).get(xsrfCookie);
    if (!xsrf || form.get('_csrf') !== xsrf) return showLogin(res, request, req, { username, error: 'The page expired. Sign in again.', status: 403 });
    try {
      const answer = (await router('InitiateAuth')(ctx, {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: request.client.ClientId,
        AuthParameters: { USERNAME: username, PASSWORD: form.get('password') ?? '' },
      })) as { AuthenticationResult?: { AccessToken: string }; ChallengeName?: string };
      const signedIn = decodeJwtPayload(answer.AuthenticationResult?.AccessToken)?.username;
      if (typeof signedIn !== 'string') {
        return showLogin(res, request, req, { username, error: `This account needs a step this emulated sign-in page does not offer (${answer.ChallengeName ?? 'unknown'}).` });
      }
      const session = sessions.start(signedIn, now());
      redirect(res, codeRedirect({ ...grantOf(request), username: signedIn }, request.state), { 'Set-Cookie': session.cookie });
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      showLogin(res, request, req, { username, error: error.message, status: 400 });
    }
  };

  const idpResponse = async (res: ServerResponse, query: URLSearchParams) => {
    const outcome = await federation.finish(query);
    const { grant, state } = outcome.pending;
    if (!outcome.ok) {
      redirect(res, errorRedirect(grant.redirectUri, new AuthorizeError(outcome.error as 'access_denied', outcome.description), state));
      return;
    }
    const user = await linkFederatedUser(services, ctx, outcome.pending.provider, outcome.claims);
    const session = sessions.start(user.Username, now());
    redirect(res, codeRedirect({ ...grant, username: user.Username }, state), { 'Set-Cookie': session.cookie });
  };

  const logout = async (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => {
    const client = await oauthClientOfPool(services, ctx, userPoolId, query.get('client_id'));
    if (!client) throw new ErrorPage('invalid_request: client_id is missing or not a client of this user pool');
    const logoutUri = query.get('logout_uri');
    if (logoutUri !== null) {
      if (!(client.LogoutURLs ?? []).includes(logoutUri)) throw new ErrorPage('redirect_mismatch');
      redirect(res, logoutUri, { 'Set-Cookie': sessions.end(req) });
      return;
    }
    // The other documented form: sign out, then straight to sign-in again with these authorize parameters.
    const redirectUri = query.get('redirect_uri');
    if (redirectUri === null || !(client.CallbackURLs ?? []).includes(redirectUri)) throw new ErrorPage('redirect_mismatch');
    const again = new URLSearchParams(query);
    again.delete('logout_uri');
    redirect(res, `/oauth2/authorize?${again.toString()}`, { 'Set-Cookie': sessions.end(req) });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://domain');
    const { pathname: path, searchParams: query } = url;
    if (CORS_PATHS.has(path)) {
      for (const [name, value] of Object.entries(corsHeaders(req))) res.setHeader(name, value);
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
    }
    const route = `${req.method} ${path}`;
    try {
      if (route === 'GET /oauth2/authorize') return await authorize(req, res, query);
      if (route === 'GET /login' || route === 'POST /login') return await login(req, res, query);
      if (route === 'GET /oauth2/idpresponse') return await idpResponse(res, query);
      if (route === 'POST /oauth2/token') return await tokenEndpoint({ services, userPoolId, codes, tokens }, ctx, req, res);
      if (route === 'POST /oauth2/revoke') return await revokeEndpoint({ services, router, userPoolId, tokens }, ctx, req, res);
      if (route === 'GET /oauth2/userInfo' || route === 'POST /oauth2/userInfo') {
        return await userInfoEndpoint({ services, issuer: () => deps.issuer(userPoolId), userPoolId, tokens }, ctx, req, res);
      }
      if (route === 'GET /logout') return await logout(req, res, query);
      if (route === 'GET /error') return sendHtml(res, 400, errorPage(query.get('error') ?? 'error'));
      sendHtml(res, 404, errorPage('Not found'));
    } catch (error) {
      if (error instanceof ErrorPage) sendHtml(res, error.status, errorPage(error.error));
      else sendHtml(res, 500, errorPage(`server_error: ${error instanceof Error ? error.message : String(error)}`));
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  domain = `http://localhost:${port}`;
  sessions = new LoginSessions(`cognito-managed-login-${port}`);
  xsrfCookie = `cognito-managed-login-xsrf-${port}`;
  let stopped: Promise<void> | undefined;
  return {
    domain,
    port,
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
