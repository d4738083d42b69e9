import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { startCognitoEmulator, type CognitoEmulator, type DeliveredCode } from '../../test/support/cognito-emulator';
import { startDemoManagedLogin, type DemoManagedLogin } from './demo-managed-login';
import { startDemoApi, type DemoApi } from '../server/api';
import { createAccessTokenVerifier } from '../server/verifier';

export const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(appDir, '..');
export const viteConfigFile = join(appDir, 'vite.config.ts');

export const DEMO_POOL_NAME = 'react-cognito-kit-demo';
export const ADMIN_GROUP = 'admin';

/**
 * Stated in full rather than left to the default, so the pool refuses exactly what the kit's password hint
 * announces ("At least 8 characters, with upper and lower case letters, a number and a symbol").
 */
export const DEMO_PASSWORD_POLICY = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
} as const;

export const DEMO_DEVICE_CONFIGURATION = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } as const;

export interface DemoUser {
  email: string;
  password: string;
  groups: string[];
}

/** Seeded into the emulator's pool the first time; printed by `npm start`. */
export const DEMO_USERS = {
  demo: { email: 'demo@example.com', password: 'Demo-password-1', groups: [] },
  admin: { email: 'admin@example.com', password: 'Admin-password-1', groups: [ADMIN_GROUP] },
} as const satisfies Record<string, DemoUser>;

/** A real Cognito user pool, instead of the emulator. */
export interface RealPool {
  userPoolId: string;
  clientId: string;
  /** Default: the part of the pool id before "_". */
  region?: string;
}

export interface DemoStackOptions {
  /** Use this pool and start no emulator. */
  realPool?: RealPool;
  /** The emulator's data (users persist across runs). Default: a temporary directory removed on stop. */
  dataDir?: string;
  /** Default 127.0.0.1 for every server. */
  host?: string;
  /** 0 (default) picks a free port; a busy fixed port falls back to a free one (Vite: the next one). */
  cognitoPort?: number;
  apiPort?: number;
  webPort?: number;
  /** The emulated managed login domain (OAuth endpoints) and the Example IdP; emulator only. */
  loginPort?: number;
  idpPort?: number;
  /** Start the managed login domain and the Example IdP with the emulator. Default true. */
  managedLogin?: boolean;
  /** Access and id token lifetime of the demo app client, applied when the pool is created. Default 120. */
  accessTokenSeconds?: number;
  /** The app's `refreshMarginSeconds` (default: the kit's own, 60 s, at most half the token lifetime). */
  refreshMarginSeconds?: number;
  /** Start Vite's dev server for the app. Default true; false: emulator and API only (e.g. to serve a build). */
  devServer?: boolean;
  /** Called for every code the emulator "emails" after start-up. */
  onCode?: (code: DeliveredCode) => void;
  /** One line per API request. */
  onApiRequest?: (line: string) => void;
  /** Status lines (a busy port, a created pool…). */
  log?: (line: string) => void;
}

export interface DemoCognito {
  userPoolId: string;
  clientId: string;
  region: string;
  /** The emulator's URL; undefined for a real pool. */
  endpoint?: string;
  issuer: string;
}

export interface DemoStack {
  /** The app on Vite's dev server, e.g. "http://127.0.0.1:5173/" (undefined with `devServer: false`). */
  url?: string;
  apiUrl: string;
  cognito: DemoCognito;
  emulator?: CognitoEmulator;
  /** True when this start created the pool (first run, or a fresh data directory). */
  createdPool: boolean;
  /** Seeded users (emulator only). */
  users?: typeof DEMO_USERS;
  /** Managed login: the domain, the Example IdP and its user (emulator only). */
  managedLogin?: DemoManagedLogin;
  /**
   * The VITE_* variables the app reads. `apiUrl` empty means same origin (the dev server proxies /api and /dev);
   * give it for a build served elsewhere.
   */
  appEnv(apiUrl?: string): Record<string, string>;
  stop(): Promise<void>;
}

const isAddressInUse = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/** Listens on `port`; when that fixed port is taken, on a free one instead (and says so). */
async function onPortOrFree<T>(name: string, port: number, start: (port: number) => Promise<T>, log: (line: string) => void): Promise<T> {
  try {
    return await start(port);
  } catch (error) {
    if (port === 0 || !isAddressInUse(error)) throw error;
    log(`Port ${port} (${name}) is in use; using a free port instead.`);
    return start(0);
  }
}

const errorCode = (error: unknown): string | undefined => {
  const e = error as { code?: unknown; name?: unknown } | undefined;
  return typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : undefined;
};

async function ensureUser(emulator: CognitoEmulator, userPoolId: string, clientId: string, user: DemoUser): Promise<boolean> {
  try {
    await emulator.admin.signUpConfirmed(userPoolId, clientId, user.email, user.password);
    return true;
  } catch (error) {
    if (errorCode(error) === 'UsernameExistsException') return false;
    throw error;
  }
}

/** The pool's WebAuthn relying party: passkeys work on pages served from http://localhost (any port), not 127.0.0.1. */
export const DEMO_PASSKEY_RP_ID = 'localhost';

const DEMO_REFRESH_TOKEN_ROTATION = { Feature: 'ENABLED', RetryGracePeriodSeconds: 5 } as const;

/** The emulator with the demo pool, app client, admin group and users; reuses what `dataDir` already holds. */
async function startEmulatorWithDemoPool(options: DemoStackOptions, log: (line: string) => void) {
  const host = options.host ?? '127.0.0.1';
  const emulator = await onPortOrFree(
    'Cognito emulator',
    options.cognitoPort ?? 0,
    (port) => startCognitoEmulator({ dataDir: options.dataDir, port, host }),
    log,
  );
  try {
    let pool = await emulator.findPool(DEMO_POOL_NAME);
    const createdPool = pool === undefined;
    if (!pool) {
      pool = await emulator.createPool({
        name: DEMO_POOL_NAME,
        accessTokenSeconds: options.accessTokenSeconds ?? 120,
        // Emails in any case are one account, as in a pool made in the AWS console.
        caseSensitive: false,
        passwordPolicy: DEMO_PASSWORD_POLICY,
        // "Remember user devices: user opt-in", and a remembered device replaces the MFA code (the app asks with
        // rememberDevice: 'ask'). The emulator keeps devices in memory: a restart forgets them.
        deviceConfiguration: DEMO_DEVICE_CONFIGURATION,
        // Optional MFA: an authenticator app or emailed codes (they land in the demo's inbox panel), each turned on
        // from the account page.
        mfa: { configuration: 'OPTIONAL', totp: true, email: true },
        // Choice-based sign-in (USER_AUTH) beside the password: passkeys for pages on http://localhost, and codes by
        // email (the inbox panel), on the page "Sign in without a password".
        signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] },
        webAuthn: { relyingPartyId: DEMO_PASSKEY_RP_ID },
      });
      // Only on a new pool: CreateGroup on an existing group would drop its members.
      await emulator.admin.createGroup(pool.userPoolId, ADMIN_GROUP);
    }
    // As a pool made today would have it: each refresh hands out a new refresh token; the old one works on for a
    // few seconds (retries), then never again. Set on a pool kept from an earlier run too.
    for (const clientId of [pool.clientId, pool.shortClientId]) {
      await emulator.admin.setRefreshTokenRotation(pool.userPoolId, clientId, DEMO_REFRESH_TOKEN_ROTATION);
    }
    if (pool.caseSensitive) {
      // Cognito cannot change this on an existing pool, and neither does the emulator.
      log(
        'The demo pool in the data directory predates case-insensitive pools: Demo@example.com and ' +
          'demo@example.com are different users there. Delete the data directory to get a new pool.',
      );
    }
    for (const user of Object.values(DEMO_USERS)) {
      const created = await ensureUser(emulator, pool.userPoolId, pool.clientId, user);
      if (created) for (const group of user.groups) await emulator.admin.addToGroup(pool.userPoolId, user.email, group);
    }
    // Seeding "emailed" sign-up codes nobody needs; the inbox starts empty.
    emulator.codes.clear();
    return { emulator, pool, createdPool };
  } catch (error) {
    await emulator.stop();
    throw error;
  }
}

async function startViteDevServer(host: string, port: number, apiUrl: string, env: Record<string, string>): Promise<ViteDevServer> {
  // Vite exposes VITE_* variables of process.env to the app (they win over .env files); they are read here,
  // when the config resolves, so the previous values can come back right after.
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    const server = await createViteServer({
      root: appDir,
      configFile: viteConfigFile,
      clearScreen: false,
      logLevel: 'warn',
      server: {
        host,
        port,
        // A busy port: Vite takes the next free one, as it does for any Vite app.
        strictPort: false,
        // The app calls the API on its own origin in development: no CORS, no API URL to configure.
        proxy: { '/api': { target: apiUrl }, '/dev': { target: apiUrl } },
      },
    });
    try {
      await server.listen();
    } catch (error) {
      await server.close();
      throw error;
    }
    return server;
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function serverUrl(server: ViteDevServer): string {
  const address = server.httpServer?.address() as AddressInfo | null;
  if (!address) throw new Error('The Vite dev server is not listening');
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

/**
 * The whole demo: the emulator (or a real pool), the token-checking API and the app's dev server.
 * `npm start` runs this with fixed ports and a kept data directory; the e2e tests with free ports,
 * a temporary directory and seconds-long tokens.
 */
export async function startDemoStack(options: DemoStackOptions = {}): Promise<DemoStack> {
  const log = options.log ?? (() => undefined);
  const host = options.host ?? '127.0.0.1';
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    // Last started, first stopped: the dev server (and its proxy) before the API before the emulator.
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };

  try {
    let cognito: DemoCognito;
    let emulator: CognitoEmulator | undefined;
    let createdPool = false;
    let clientIds: string[];
    let managedLogin: DemoManagedLogin | undefined;
    if (options.realPool) {
      const { userPoolId, clientId } = options.realPool;
      const region = options.realPool.region ?? userPoolId.split('_')[0] ?? '';
      cognito = { userPoolId, clientId, region, issuer: `https://cognito-idp.${region}.amazonaws.com/${userPoolId}` };
      clientIds = [clientId];
    } else {
      const started = await startEmulatorWithDemoPool(options, log);
      emulator = started.emulator;
      createdPool = started.createdPool;
      stops.push(() => started.emulator.stop());
      const { pool } = started;
      cognito = {
        userPoolId: pool.userPoolId,
        clientId: pool.clientId,
        region: pool.userPoolId.split('_')[0] ?? 'local',
        endpoint: emulator.endpoint,
        issuer: pool.issuer,
      };
      clientIds = [pool.clientId];
      if (options.managedLogin ?? true) {
        const login = await startDemoManagedLogin(emulator, pool, {
          host,
          loginPort: options.loginPort ?? 0,
          idpPort: options.idpPort ?? 0,
          onPortOrFree: (name, port, start) => onPortOrFree(name, port, start, log),
        });
        managedLogin = login;
        stops.push(() => login.stop());
      }
      if (options.onCode) {
        const stopListening = emulator.codes.onCode(options.onCode);
        stops.push(async () => stopListening());
      }
    }

    const verifier = createAccessTokenVerifier({ issuer: cognito.issuer, clientIds });
    const api: DemoApi = await onPortOrFree(
      'API',
      options.apiPort ?? 0,
      (port) => startDemoApi({ verifier, host, port, inbox: emulator?.codes, log: options.onApiRequest }),
      log,
    );
    stops.push(() => api.close());

    const appEnv = (apiUrl = ''): Record<string, string> => ({
      VITE_COGNITO_USER_POOL_ID: cognito.userPoolId,
      VITE_COGNITO_CLIENT_ID: cognito.clientId,
      VITE_COGNITO_REGION: cognito.region,
      VITE_COGNITO_ENDPOINT: cognito.endpoint ?? '',
      VITE_COGNITO_REFRESH_MARGIN_SECONDS: options.refreshMarginSeconds === undefined ? '' : String(options.refreshMarginSeconds),
      VITE_API_URL: apiUrl,
      // The inbox panel: only with the emulator, whose codes the API can list.
      VITE_DEMO_INBOX: emulator ? 'true' : '',
      // Only when the demo runs them: a real pool's VITE_OAUTH_* (e.g. from .env.local) stay as they are.
      ...(managedLogin?.appEnv ?? {}),
    });

    let url: string | undefined;
    if (options.devServer ?? true) {
      const vite = await startViteDevServer(host, options.webPort ?? 0, api.url, appEnv());
      stops.push(() => vite.close());
      url = serverUrl(vite);
      await managedLogin?.allowAppOrigin(new URL(url).origin);
    }

    return {
      url,
      apiUrl: api.url,
      cognito,
      emulator,
      createdPool,
      users: emulator ? DEMO_USERS : undefined,
      managedLogin,
      appEnv,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
