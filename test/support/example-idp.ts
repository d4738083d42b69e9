import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { idpLoginPage } from './example-idp/idp-login-page';
import { readForm, sendHtml } from './managed-login/http-helpers';
import type { FederatedOidcProvider } from './managed-login/start-managed-login';

export interface ExampleIdpUser {
  email: string;
  password: string;
  name?: string;
  /** Default: derived from the email, so the same person keeps the same `sub` across restarts. */
  sub?: string;
}

export interface StartExampleIdpOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1; the issuer is http://localhost:<port> all the same. */
  host?: string;
  users?: ExampleIdpUser[];
  /** Default "example-idp-client". */
  clientId?: string;
}

export interface ExampleIdp {
  /** http://localhost:<port>: its discovery document is at /.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  addUser(user: ExampleIdpUser): void;
  /** Lets the client use this redirect_uri (a managed login domain's /oauth2/idpresponse). */
  allowRedirectUri(uri: string): void;
  /** What emulator.managedLogin.start takes in `identityProviders`, under this ProviderName. */
  asIdentityProvider(name: string): FederatedOidcProvider;
  stop(): Promise<void>;
}

/**
 * oidc-provider warns that Node 20 is not its supported runtime and that its in-memory store is for development: both
 * true and both what a test IdP wants (it runs here, on the project's Node 20). Only those two lines are kept off the
 * console while it loads and starts, so `npm start` and the tests print nothing alarming.
 */
const KNOWN_WARNINGS = /oidc-provider WARNING: (Unsupported runtime|a quick start development-only in-memory adapter)/;

async function withoutKnownWarnings<T>(run: () => T | Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!KNOWN_WARNINGS.test(String(args[0]))) warn(...args);
  };
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

let providerClass: Promise<typeof Provider> | undefined;
const loadProvider = () => (providerClass ??= withoutKnownWarnings(async () => (await import('oidc-provider')).default));

const stableSub = (email: string): string => createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 24);

/**
 * A real OpenID provider (oidc-provider, certified) standing in for "Google": authorization code flow with PKCE, id
 * tokens signed with its own RSA key, userinfo, and its own sign-in page with a Cancel button (error=access_denied).
 * Consent is implied for its one client, as for a first-party login. Cookie names carry the port: cookies on
 * localhost are shared by every port.
 */
export async function startExampleIdp(options: StartExampleIdpOptions = {}): Promise<ExampleIdp> {
  const users = new Map<string, Required<ExampleIdpUser>>();
  const addUser = (user: ExampleIdpUser) => {
    const email = user.email.toLowerCase();
    users.set(email, { name: user.name ?? email.split('@')[0]!, sub: user.sub ?? stableSub(email), ...user, email });
  };
  for (const user of options.users ?? []) addUser(user);
  const bySub = (sub: string) => [...users.values()].find((u) => u.sub === sub);

  const clientId = options.clientId ?? 'example-idp-client';
  const clientSecret = randomBytes(24).toString('base64url');
  const redirectUris: string[] = [];
  const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'example-idp', alg: 'RS256', use: 'sig' };
  const cookieKeys = [randomBytes(32).toString('base64url')];

  let provider: Provider | undefined;
  let issuer = '';
  let port = 0;
  let handler: RequestListener = (_req, res) => res.writeHead(503).end();

  const OidcProvider = await loadProvider();
  // oidc-provider reads its clients once; a redirect_uri added later means a new provider over the same sessions.
  const build = () => {
    const configuration: Configuration = {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: redirectUris.length ? [...redirectUris] : [`${issuer}/unused`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: { keys: [signingKey as never] },
      cookies: {
        keys: cookieKeys,
        names: { session: `example_idp_${port}`, interaction: `example_idp_interaction_${port}`, resume: `example_idp_resume_${port}` },
      },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx: KoaContextWithOIDC, sub: string) => {
        const user = bySub(sub);
        return user && { accountId: sub, claims: () => ({ sub, email: user.email, email_verified: true, name: user.name }) };
      },
      // Its one client is first-party: consent is implied for the scopes it asks.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const { oidc } = ctx;
        const existing = oidc.session?.grantIdFor(oidc.client!.clientId);
        if (existing) return oidc.provider.Grant.find(existing);
        const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
        grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
        await grant.save();
        return grant;
      },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    };
    provider = new OidcProvider(issuer, configuration);
    const oidcCallback = provider.callback();
    handler = (req, res) => {
      const path = new URL(req.url ?? '/', issuer).pathname;
      if (path.startsWith('/interaction/')) void interaction(req, res).catch((error: unknown) => sendHtml(res, 500, String(error)));
      else oidcCallback(req, res);
    };
  };

  const interaction = async (req: IncomingMessage, res: ServerResponse) => {
    const idp = provider!;
    const details = await idp.interactionDetails(req, res);
    const action = `/interaction/${details.uid}`;
    if (req.method !== 'POST') {
      sendHtml(res, 200, idpLoginPage({ action, email: typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined }));
      return;
    }
    const form = await readForm(req);
    if (form.get('action') === 'cancel') {
      await idp.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
      return;
    }
    const email = (form.get('email') ?? '').toLowerCase();
    const user = users.get(email);
    if (!user || user.password !== form.get('password')) {
      sendHtml(res, 400, idpLoginPage({ action, email, error: 'Wrong email address or password.' }));
      return;
    }
    await idp.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
  };

  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  issuer = `http://localhost:${port}`;
  await withoutKnownWarnings(build);

  let stopped: Promise<void> | undefined;
  const idp: ExampleIdp = {
    issuer,
    clientId,
    clientSecret,
    addUser,
    allowRedirectUri(uri) {
      if (redirectUris.includes(uri)) return;
      redirectUris.push(uri);
      void withoutKnownWarnings(build);
    },
    asIdentityProvider: (name) => ({ name, issuer, clientId, clientSecret, allowRedirectUri: (uri) => idp.allowRedirectUri(uri) }),
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopped;
    },
  };
  return idp;
}
