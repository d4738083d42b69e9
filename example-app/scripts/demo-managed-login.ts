import type { CognitoEmulator, EmulatorPool } from '../../test/support/cognito-emulator';
import { startExampleIdp } from '../../test/support/example-idp';

/** The identity provider's ProviderName in the pool, and the label the app shows on its button. */
export const DEMO_IDP_NAME = 'ExampleIdP';
export const DEMO_IDP_LABEL = 'Example IdP';

/** Signs in at the Example IdP (not a pool user: the pool gets `ExampleIdP_<sub>` on the first sign-in). */
export const DEMO_IDP_USER = { email: 'idp.user@example.org', password: 'Idp-password-1', name: 'Idp User' } as const;

/** Paths of the app registered as callback (sign-in) and sign-out URLs, for every origin the app is served from. */
export const DEMO_SIGN_IN_PATHS = ['/', '/auth/callback'] as const;
export const DEMO_SIGN_OUT_PATHS = ['/', '/signed-out'] as const;

export interface DemoManagedLogin {
  /** The user pool domain, e.g. http://localhost:9230: the kit's `oauth.domain`. */
  domain: string;
  idpIssuer: string;
  idpUser: typeof DEMO_IDP_USER;
  /** VITE_OAUTH_DOMAIN, VITE_OAUTH_PROVIDER and VITE_OAUTH_PROVIDER_LABEL for the app. */
  appEnv: Record<string, string>;
  /**
   * Adds `<origin>` + DEMO_SIGN_IN_PATHS to the app client's CallbackURLs and + DEMO_SIGN_OUT_PATHS to its LogoutURLs
   * (for `localhost` and `127.0.0.1` alike): Cognito matches them exactly, and the app's port is known only once it
   * listens.
   */
  allowAppOrigin(origin: string): Promise<void>;
  stop(): Promise<void>;
}

type OnPortOrFree = <T>(name: string, port: number, start: (port: number) => Promise<T>) => Promise<T>;

const loopbackVariants = (origin: string): string[] => {
  const url = new URL(origin);
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [url.origin];
  return ['localhost', '127.0.0.1'].map((hostname) => `${url.protocol}//${hostname}:${url.port}`);
};

/**
 * The demo pool's managed login domain, federated with the Example IdP (a real OpenID provider on this machine, no
 * internet needed), for the demo's app client.
 */
export async function startDemoManagedLogin(
  emulator: CognitoEmulator,
  pool: EmulatorPool,
  options: { host: string; loginPort: number; idpPort: number; onPortOrFree: OnPortOrFree },
): Promise<DemoManagedLogin> {
  const idp = await options.onPortOrFree('Example IdP', options.idpPort, (port) => startExampleIdp({ port, host: options.host, users: [DEMO_IDP_USER] }));
  try {
    const login = await options.onPortOrFree('managed login', options.loginPort, (port) =>
      emulator.managedLogin.start({
        userPoolId: pool.userPoolId,
        clientId: pool.clientId,
        callbackUrls: [],
        logoutUrls: [],
        identityProviders: [idp.asIdentityProvider(DEMO_IDP_NAME)],
        port,
        host: options.host,
      }),
    );
    return {
      domain: login.domain,
      idpIssuer: idp.issuer,
      idpUser: DEMO_IDP_USER,
      appEnv: { VITE_OAUTH_DOMAIN: login.domain, VITE_OAUTH_PROVIDER: DEMO_IDP_NAME, VITE_OAUTH_PROVIDER_LABEL: DEMO_IDP_LABEL },
      async allowAppOrigin(origin) {
        const current = await emulator.admin.oauthClient(pool.clientId);
        const origins = loopbackVariants(origin);
        const union = (now: string[] | undefined, paths: readonly string[]) => [...new Set([...(now ?? []), ...origins.flatMap((o) => paths.map((p) => `${o}${p}`))])];
        await emulator.admin.updateOAuthClient(pool.userPoolId, pool.clientId, {
          CallbackURLs: union(current.CallbackURLs, DEMO_SIGN_IN_PATHS),
          LogoutURLs: union(current.LogoutURLs, DEMO_SIGN_OUT_PATHS),
        });
      },
      async stop() {
        await login.stop();
        await idp.stop();
      },
    };
  } catch (error) {
    await idp.stop();
    throw error;
  }
}
