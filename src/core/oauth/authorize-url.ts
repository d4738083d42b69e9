import type { ResolvedOAuthConfig } from '../oauth-config.js';

/** The providers Cognito names itself; any other string is the name of an OIDC or SAML provider of the pool. */
export type SocialProvider = 'Google' | 'Facebook' | 'SignInWithApple' | 'LoginWithAmazon';

export interface SignInWithRedirectInput {
  /** `'Google' | 'Facebook' | 'SignInWithApple' | 'LoginWithAmazon'` or the name of an OIDC / SAML provider of the pool. Left out: the managed login page. */
  provider?: SocialProvider | (string & {});
  /** An identifier of an enterprise provider (e.g. an email domain) instead of its name: Cognito's `idp_identifier`. */
  idpIdentifier?: string;
  /** Prefills the user name on the managed login page (`login_hint`). */
  loginHint?: string;
  /** The managed login page's language (`lang`), e.g. `'de'`. */
  lang?: string;
  /** Where to go once signed in: a path on this origin. Default: the page the sign-in started from. */
  returnTo?: string;
}

export interface AuthorizeRequest {
  clientId: string;
  state: string;
  nonce: string;
  codeChallenge: string;
}

/** `/oauth2/authorize` with PKCE (S256), state and nonce, as Cognito documents it. */
export function authorizeUrl(config: ResolvedOAuthConfig, request: AuthorizeRequest, input: SignInWithRedirectInput = {}): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: config.redirectSignIn,
    scope: config.scopes.join(' '),
    state: request.state,
    nonce: request.nonce,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  });
  if (input.provider) params.set('identity_provider', input.provider);
  else if (input.idpIdentifier) params.set('idp_identifier', input.idpIdentifier);
  if (input.loginHint) params.set('login_hint', input.loginHint);
  if (input.lang) params.set('lang', input.lang);
  return `${config.domain}/oauth2/authorize?${params.toString()}`;
}

/** `/logout`: ends the managed login session, then sends the browser to `redirectSignOut`. */
export function logoutUrl(config: ResolvedOAuthConfig, clientId: string): string {
  return `${config.domain}/logout?${new URLSearchParams({ client_id: clientId, logout_uri: config.redirectSignOut }).toString()}`;
}
