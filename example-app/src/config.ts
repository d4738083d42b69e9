import type { AuthConfig } from 'react-cognito-kit';

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
  };
}
