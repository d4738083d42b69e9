import type { AuthConfig, SocialProviderOption } from 'react-cognito-kit';

// `import.meta.env.X` written out in full: Vite replaces each with its value at build time, so a build without
// the inbox leaves the inbox's code out.

/** Where the demo API lives: '' = this origin (the dev server proxies /api and /dev to it). */
export const apiUrl = (import.meta.env.VITE_API_URL ?? '').replace(/\/+$/, '');

/** The dev-only inbox panel: codes the emulator would have emailed. Never on with a real pool. */
export const inboxEnabled = import.meta.env.VITE_DEMO_INBOX === 'true';

/** The kit's config from VITE_COGNITO_*; null when they are missing (the app then says how to start it). */
export function authConfigFromEnv(): AuthConfig | null {
  const userPoolId = import.meta.env.VITE_COGNITO_USER_POOL_ID;
  const clientId = import.meta.env.VITE_COGNITO_CLIENT_ID;
  if (!userPoolId || !clientId) return null;
  const endpoint = import.meta.env.VITE_COGNITO_ENDPOINT;
  const margin = import.meta.env.VITE_COGNITO_REFRESH_MARGIN_SECONDS;
  return {
    userPoolId,
    clientId,
    // The pool remembers devices on the user's say-so: the MFA step offers "Remember this device".
    rememberDevice: 'ask',
    ...(endpoint ? { endpoint } : {}),
    ...(margin ? { refreshMarginSeconds: Number(margin) } : {}),
    ...oauthFromEnv(),
  };
}

/** Managed login (npm start runs an emulated domain and the Example IdP): sign-in by redirect comes back here. */
function oauthFromEnv(): Pick<AuthConfig, 'oauth'> {
  const domain = import.meta.env.VITE_OAUTH_DOMAIN;
  if (!domain) return {};
  return {
    oauth: {
      domain,
      redirectSignIn: `${location.origin}/auth/callback`,
      redirectSignOut: `${location.origin}/signed-out`,
      // The admin scope lets the account pages (password, MFA, devices) use these tokens too.
      scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
    },
  };
}

/** The "Continue with …" buttons of the sign-in page: the provider npm start federates with, if any. */
export const oauthProviders: SocialProviderOption[] | undefined =
  import.meta.env.VITE_OAUTH_DOMAIN && import.meta.env.VITE_OAUTH_PROVIDER
    ? [{ name: import.meta.env.VITE_OAUTH_PROVIDER, label: import.meta.env.VITE_OAUTH_PROVIDER_LABEL ?? import.meta.env.VITE_OAUTH_PROVIDER }]
    : undefined;
