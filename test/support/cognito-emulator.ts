import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Router } from 'cognito-local/lib/server/Router.js';
import { createServer } from 'cognito-local/lib/server/server.js';
import type { TokenConfig } from 'cognito-local/lib/services/tokenGenerator.js';
import { IssuedCodes } from './code-expiry';
import { CodeInbox, type CodeListener, type DeliveredCode, type WaitForCodeOptions } from './code-inbox';
import { withAuthFlowPolicy } from './auth-flow-policy';
import { emulatorAdmin, type CreatePoolOptions, type EmulatorPool, type ExplicitAuthFlow, type MfaPreferenceSettings, type PoolMfaOptions } from './emulator-admin';
import { createEmulatorServices } from './emulator-services';
import { withGapTargets } from './gap-targets';
import { frontRequestListener } from './http-front';
import { GrantedScopes } from './managed-login/granted-scopes';
import { IdentityProviders } from './managed-login/identity-providers';
import type { IdentityProviderType } from './managed-login/identity-providers';
import type { ManagedLoginDomain } from './managed-login/managed-login-domain';
import { oauthAdmin, type CreateIdentityProviderRequest, type OAuthClientSettings } from './managed-login/oauth-admin';
import { startManagedLogin, type FederatedOidcProvider, type ManagedLoginStartOptions } from './managed-login/start-managed-login';
import type { PasswordPolicy } from './password-policy';
import type { RefreshTokenRotationType } from './refresh-token-rotation';
import type { SoftwareAuthenticator } from './software-authenticator';
import { RequestLog, type RequestFilter, type RequestRecord } from './request-log';

export type {
  CodeListener,
  CreateIdentityProviderRequest,
  IdentityProviderType,
  OAuthClientSettings,
  FederatedOidcProvider,
  ManagedLoginDomain,
  ManagedLoginStartOptions,
  CreatePoolOptions,
  ExplicitAuthFlow,
  DeliveredCode,
  EmulatorPool,
  MfaPreferenceSettings,
  PasswordPolicy,
  PoolMfaOptions,
  RefreshTokenRotationType,
  RequestFilter,
  RequestRecord,
  WaitForCodeOptions,
};

export interface StartEmulatorOptions {
  /** Kept between runs when given; otherwise a temporary directory removed by `stop()`. */
  dataDir?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Print every delivered code (and temporary password) to the console. Default false. */
  logCodes?: boolean;
}

export interface CognitoEmulator {
  /** e.g. "http://127.0.0.1:54321": the `endpoint` for CognitoUserPool; token issuers start with it. */
  endpoint: string;
  createPool(options?: CreatePoolOptions): Promise<EmulatorPool>;
  findPool(name: string): Promise<EmulatorPool | undefined>;
  /** Every code the emulator sent, by destination: an email address, or for SMS (SMS_OTP, SMS_MFA) the phone number. */
  codes: {
    last(email: string): string | undefined;
    waitFor(email: string, opts?: WaitForCodeOptions): Promise<string>;
    all(): DeliveredCode[];
    clear(): void;
    onCode(listener: CodeListener): () => void;
  };
  admin: {
    createUser(
      poolId: string,
      email: string,
      temporaryPassword: string,
      attributes?: Record<string, string>,
    ): Promise<{ username: string }>;
    signUpConfirmed(poolId: string, clientId: string, email: string, password: string): Promise<{ sub: string }>;
    enableSmsMfa(poolId: string, email: string, phoneNumber: string): Promise<void>;
    setPhoneNumber(poolId: string, usernameOrEmail: string, phoneNumber: string, verified?: boolean): Promise<void>;
    addPasskey(poolId: string, usernameOrEmail: string, authenticator: SoftwareAuthenticator): Promise<void>;
    setMfaPreference(poolId: string, usernameOrEmail: string, settings: MfaPreferenceSettings): Promise<void>;
    setRefreshTokenRotation(poolId: string, clientId: string, rotation: RefreshTokenRotationType): Promise<void>;
    createGroup(poolId: string, name: string): Promise<void>;
    addToGroup(poolId: string, usernameOrEmail: string, group: string): Promise<void>;
    /** UpdateUserPoolClient with CallbackURLs, LogoutURLs, AllowedOAuthFlows…; fields left out stay. */
    updateOAuthClient(poolId: string, clientId: string, settings: OAuthClientSettings): Promise<void>;
    oauthClient(clientId: string): Promise<OAuthClientSettings>;
    createIdentityProvider(poolId: string, request: CreateIdentityProviderRequest): Promise<IdentityProviderType>;
  };
  /** The emulator's clock (tokens, codes, grace periods): moved forward, Cognito's time-bound rules apply without sleeping. */
  clock: {
    advance(ms: number): void;
    /** Real time stops passing until `reset()`: time-bound rules then hold however slow the machine is. */
    freeze(): void;
    reset(): void;
  };
  /** Cognito's managed login domain (OAuth 2.0 endpoints, login page, OIDC federation) for one pool; stopped with the emulator. */
  managedLogin: {
    start(options: ManagedLoginStartOptions): Promise<ManagedLoginDomain>;
  };
  requests: {
    all(): RequestRecord[];
    clear(): void;
    count(filter?: RequestFilter): number;
  };
  stop(): Promise<void>;
}

type Logger = Parameters<typeof createServer>[1];

// pino as cognito-local itself resolves it, so the project needs no dependency of its own on it.
function silentLogger(): Logger {
  const require = createRequire(import.meta.url);
  const requireFromCognitoLocal = createRequire(require.resolve('cognito-local/package.json'));
  const pino = requireFromCognitoLocal('pino') as (options: { level: string }) => Logger;
  return pino({ level: 'silent' });
}

export async function startCognitoEmulator(options: StartEmulatorOptions = {}): Promise<CognitoEmulator> {
  const host = options.host ?? '127.0.0.1';
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cognito-emulator-')));
  const logger = silentLogger();
  const ctx = { logger };
  const inbox = new CodeInbox(options.logCodes ?? false);
  const requestLog = new RequestLog();
  // Filled in after listen(): with port 0 the real port is only known then.
  const tokenConfig: TokenConfig = { IssuerDomain: undefined };
  const endpoint = (): string => {
    if (!tokenConfig.IssuerDomain) throw new Error('The emulator is not listening yet');
    return tokenConfig.IssuerDomain;
  };

  const issuedCodes = new IssuedCodes();
  const services = await createEmulatorServices({
    ctx,
    dataDir,
    // Called only once a code is sent, when `services` is there.
    messages: issuedCodes.recording(inbox.messages, () => services.clock.get().getTime()),
    tokenConfig,
    host,
    port: options.port ?? 0,
  });
  const identityProviders = new IdentityProviders(services);
  const grantedScopes = new GrantedScopes();
  const router = grantedScopes.keptOnRefresh(withGapTargets(Router(services), services, issuedCodes, identityProviders));
  // What comes over HTTP meets the app client's ExplicitAuthFlows; the managed login page and set-up calls use `router`.
  const { application } = createServer(withAuthFlowPolicy(router, services), logger, services.config.ServerConfig, services);
  const app: RequestListener = application;
  const server = createHttpServer(frontRequestListener(app, requestLog, endpoint));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  tokenConfig.IssuerDomain = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const { createPool, findPool, admin } = emulatorAdmin(router, services, ctx, endpoint);
  let stopped: Promise<void> | undefined;
  const domains: ManagedLoginDomain[] = [];

  return {
    endpoint: tokenConfig.IssuerDomain,
    createPool,
    findPool,
    admin: { ...admin, ...oauthAdmin(router, services, ctx) },
    codes: {
      last: (email) => inbox.last(email),
      waitFor: (email, opts) => inbox.waitFor(email, opts),
      all: () => inbox.all(),
      clear: () => inbox.clear(),
      onCode: (listener) => inbox.onCode(listener),
    },
    clock: {
      advance: (ms) => services.clock.advance(ms),
      freeze: () => services.clock.freeze(),
      reset: () => services.clock.reset(),
    },
    managedLogin: {
      async start(options) {
        const deps = { services, router, grantedScopes, identityProviders, ctx, issuer: (userPoolId: string) => `${endpoint()}/${userPoolId}` };
        const domain = await startManagedLogin(deps, options);
        domains.push(domain);
        return domain;
      },
    },
    requests: {
      all: () => requestLog.all(),
      clear: () => requestLog.clear(),
      count: (filter) => requestLog.count(filter),
    },
    stop() {
      stopped ??= (async () => {
        await Promise.all(domains.map((domain) => domain.stop()));
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          // Keep-alive sockets of clients that are done (the SDK's fetch) would hold close() open.
          server.closeIdleConnections();
        });
        if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
