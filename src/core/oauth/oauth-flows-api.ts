import type { SignOutOptions } from '../auth-client-api.js';
import type { AuthError } from '../errors.js';
import type { Session } from '../types.js';
import type { SignInWithRedirectInput } from './authorize-url.js';

export type { SignInWithRedirectInput, SocialProvider } from './authorize-url.js';

/** Where the way back from the provider stands: shown by `<SocialButtons>`, `<AuthCallback>` and the forms. */
export type RedirectStatus =
  | { status: 'idle' }
  /** Code exchange and checks under way. */
  | { status: 'pending' }
  | { status: 'error'; error: AuthError }
  | { status: 'done'; returnTo: string; session: Session };

export interface RedirectResult {
  session: Session;
  /** The path the sign-in started from (or its `returnTo`). */
  returnTo: string;
}

/** Sign-in by redirect through Cognito's managed login: `client.oauth()` resolves to it when `oauth` is configured. */
export interface OAuthFlows {
  /** Sends the browser to `/oauth2/authorize` (PKCE S256, one-time state and nonce). Resolves as the page unloads. */
  signInWithRedirect(input?: SignInWithRedirectInput): Promise<void>;
  /**
   * Finishes a redirect back: checks `state` (one use), exchanges the code, checks the id token, starts the session
   * and removes `code` and `state` from the address bar. Resolves to null when `url` is not a redirect back.
   */
  handleRedirectCallback(url?: string): Promise<RedirectResult | null>;
  getRedirectStatus(): RedirectStatus;
  subscribeRedirectStatus(listener: () => void): () => void;
  /** Forgets a shown error (the user started again). */
  clearRedirectError(): void;
  /** Revokes the refresh token at `/oauth2/revoke`, ends the session, then leaves through `/logout` (see `redirect`). */
  signOut(options?: SignOutOptions): Promise<void>;
}
