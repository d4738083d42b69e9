import { AuthError } from './errors.js';

/** Cognito's managed login (OAuth 2.0 / OpenID Connect): social and enterprise sign-in by redirect. */
export interface OAuthConfig {
  /**
   * The user pool's domain (Cognito console › User pool › Domain): `auth.example.com` or
   * `my-app.auth.eu-west-1.amazoncognito.com` (https is added), or a full URL for an emulator.
   */
  domain: string;
  /** Where the provider sends the browser back: an absolute URL listed in the app client's callback URLs. */
  redirectSignIn: string;
  /** Where `/logout` sends the browser after sign-out: an absolute URL listed in the app client's sign-out URLs. */
  redirectSignOut: string;
  /** OAuth scopes; must include `'openid'` (the session is built from the id token). Default `['openid', 'email', 'profile', 'aws.cognito.signin.user.admin']` (the last: account operations). */
  scopes?: string[];
  /** Only `'code'` (authorization code with PKCE): the implicit grant hands tokens to the URL. */
  responseType?: 'code';
  /**
   * The `iss` the pool's id tokens carry, checked after the redirect: `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`.
   * Default: `endpoint` + `/<userPoolId>`, which is that for Cognito's own endpoint and what an emulator issues. Set it
   * when `endpoint` is a backend that proxies Cognito: the tokens still come from the pool.
   */
  issuer?: string;
}

export interface ResolvedOAuthConfig {
  /** Origin (and path, for emulators) without a trailing slash. */
  domain: string;
  redirectSignIn: string;
  redirectSignOut: string;
  scopes: string[];
  /** Undefined: derived from the endpoint (oauth-flows.ts). */
  issuer?: string;
}

function invalid(message: string): AuthError {
  return new AuthError('invalidConfig', `react-cognito-kit: oauth.${message}`);
}

function absolute(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(`${name} is missing. Use an absolute URL that is listed in the app client's ${name === 'redirectSignIn' ? 'callback' : 'sign-out'} URLs, e.g. "https://app.example.com/auth/callback".`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(`${name} "${value}" is not an absolute URL. Write it in full, e.g. "https://app.example.com${value.startsWith('/') ? value : '/' + value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(`${name} "${value}" must be an http(s) URL (Cognito accepts http only for localhost).`);
  }
  if (url.hash) throw invalid(`${name} "${value}" must not have a #fragment: Cognito refuses callback URLs with one.`);
  return url.href;
}

const issuerExample = (userPoolId?: string) =>
  userPoolId ? `"https://cognito-idp.${userPoolId.split('_')[0]}.amazonaws.com/${userPoolId}"` : '"https://cognito-idp.<region>.amazonaws.com/<userPoolId>"';

function issuerOf(value: unknown, userPoolId: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    /* said below */
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw invalid(`issuer ${JSON.stringify(value)} is not an issuer URL. Use the pool's, as its id tokens carry it in "iss": ${issuerExample(userPoolId)}.`);
  }
  const issuer = url.href.replace(/\/+$/, '');
  if (userPoolId && !issuer.endsWith(`/${userPoolId}`)) {
    throw invalid(`issuer "${value as string}" is not the issuer of user pool ${userPoolId}: it ends with the pool id, e.g. ${issuerExample(userPoolId)}.`);
  }
  return issuer;
}

/**
 * Checks `oauth` at once, with a message that names the fix, like the rest of the config. With `userPoolId`, an
 * `issuer` must be that pool's.
 */
export function resolveOAuthConfig(config: OAuthConfig, userPoolId?: string): ResolvedOAuthConfig {
  if (!config || typeof config !== 'object') throw invalid('must be { domain, redirectSignIn, redirectSignOut, scopes }.');
  const { domain } = config;
  if (typeof domain !== 'string' || domain.trim() === '') {
    throw invalid('domain is missing. Copy it from Cognito › User pool › Branding › Domain, e.g. "my-app.auth.eu-west-1.amazoncognito.com".');
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(domain) ? domain : `https://${domain}`;
  let base: URL;
  try {
    base = new URL(withScheme);
  } catch {
    throw invalid(`domain "${domain}" is not a host name. Use the bare host, e.g. "auth.example.com", without a path.`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw invalid(`domain "${domain}" must be https (or http for an emulator on localhost).`);
  if (base.search || base.hash || /\/oauth2\//.test(base.pathname)) {
    throw invalid(`domain "${domain}" must be the domain alone, not an endpoint: drop "${base.pathname}${base.search}" and keep "${base.host}".`);
  }
  // aws.cognito.signin.user.admin: without it Cognito refuses the access token for the user's own account operations
  // (attributes, password, MFA, devices, passkeys, delete, global sign-out).
  const scopes = config.scopes ?? ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];
  if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string' || /\s/.test(scope) || scope === '')) {
    throw invalid('scopes must be a list of scope names, e.g. ["openid", "email", "profile"].');
  }
  if (!scopes.includes('openid')) {
    throw invalid(`scopes must include "openid": without it Cognito issues no id token, and the session is built from it. Add "openid" to [${scopes.map((s) => `"${s}"`).join(', ')}].`);
  }
  if (config.responseType !== undefined && config.responseType !== 'code') {
    throw invalid(`responseType "${String(config.responseType)}" is not supported: only "code" (with PKCE). The implicit grant puts tokens in the URL.`);
  }
  return {
    domain: `${base.origin}${base.pathname.replace(/\/+$/, '')}`,
    redirectSignIn: absolute('redirectSignIn', config.redirectSignIn),
    redirectSignOut: absolute('redirectSignOut', config.redirectSignOut),
    scopes,
    issuer: issuerOf(config.issuer, userPoolId),
  };
}
