/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** e.g. "eu-west-1_AbC123xyZ" (npm start sets the emulator's). */
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  /** An app client without a secret. */
  readonly VITE_COGNITO_CLIENT_ID?: string;
  /** Informational: the kit reads the region from the pool id. */
  readonly VITE_COGNITO_REGION?: string;
  /** The emulator's URL; empty for a real pool. */
  readonly VITE_COGNITO_ENDPOINT?: string;
  /** The kit's refreshMarginSeconds; empty for its default. */
  readonly VITE_COGNITO_REFRESH_MARGIN_SECONDS?: string;
  /** The demo API's origin; empty: same origin (the dev server proxies /api). */
  readonly VITE_API_URL?: string;
  /** "true": show the dev inbox panel (codes the emulator would have emailed). */
  readonly VITE_DEMO_INBOX?: string;
  /** The user pool domain for managed login, e.g. "http://localhost:9230" (npm start sets the emulated one). */
  readonly VITE_OAUTH_DOMAIN?: string;
  /** The pool's identity provider for "Continue with …" (npm start: "ExampleIdP"), and its button label. */
  readonly VITE_OAUTH_PROVIDER?: string;
  readonly VITE_OAUTH_PROVIDER_LABEL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
