import { createHash, createPublicKey, randomBytes, randomUUID, verify, type JsonWebKey } from 'node:crypto';
import { decodeJwtPayload } from '../access-token';
import type { CodeGrant } from './authorization-codes';
import type { IdentityProviderType } from './identity-providers';
import { ErrorPage } from './oauth-errors';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint?: string;
  jwks_uri: string;
}

/** An authorize request waiting for the IdP to send the browser back to /oauth2/idpresponse. */
interface PendingFederation {
  grant: Omit<CodeGrant, 'username'>;
  state: string | undefined;
  provider: IdentityProviderType;
  nonce: string;
  verifier: string;
}

export type FederationOutcome =
  | { ok: true; pending: PendingFederation; claims: Record<string, unknown> }
  | { ok: false; pending: PendingFederation; error: string; description: string };

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** RS256 signature of `token` by one of the keys at `jwksUri`. */
async function verifySignature(token: string, jwksUri: string): Promise<boolean> {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return false;
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { kid?: string; alg?: string };
  if (alg !== 'RS256') return false;
  const { keys } = await json<{ keys: Array<JsonWebKey & { kid?: string }> }>(await fetch(jwksUri), 'IdP JWKS');
  const jwk = keys.find((key) => key.kid === kid && key.kty === 'RSA');
  if (!jwk) return false;
  return verify('sha256', Buffer.from(`${header}.${payload}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(signature, 'base64url'));
}

/**
 * Sign-in through an OIDC identity provider, as Cognito does it: to the provider's authorization endpoint (from its
 * discovery document) with the provider's `authorize_scopes`, a state, a nonce and PKCE; back at /oauth2/idpresponse,
 * the code exchanged with the client secret, the id token checked (signature, iss, aud, nonce, exp), and the user's
 * attributes read from the userinfo endpoint with the `attributes_request_method`.
 */
export class OidcFederation {
  private readonly pending = new Map<string, PendingFederation>();
  private readonly discovered = new Map<string, Discovery>();

  constructor(private readonly callbackUrl: () => string) {}

  private async discover(issuer: string): Promise<Discovery> {
    const known = this.discovered.get(issuer);
    if (known) return known;
    const discovery = await json<Discovery>(await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`), 'IdP discovery');
    this.discovered.set(issuer, discovery);
    return discovery;
  }

  /** The URL of the IdP's sign-in for this authorize request; Cognito passes a `login_hint` on to an OIDC IdP. */
  async start(provider: IdentityProviderType, grant: Omit<CodeGrant, 'username'>, state: string | undefined, loginHint?: string): Promise<string> {
    const details = provider.ProviderDetails;
    const discovery = await this.discover(details.oidc_issuer);
    const idpState = randomUUID();
    const nonce = randomBytes(16).toString('base64url');
    const verifier = randomBytes(32).toString('base64url');
    this.pending.set(idpState, { grant, state, provider, nonce, verifier });
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: details.client_id,
      redirect_uri: this.callbackUrl(),
      response_type: 'code',
      scope: details.authorize_scopes,
      state: idpState,
      nonce,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ...(loginHint ? { login_hint: loginHint } : {}),
    }).toString();
    return url.toString();
  }

  /** The IdP's answer at /oauth2/idpresponse. */
  async finish(query: URLSearchParams): Promise<FederationOutcome> {
    const idpState = query.get('state');
    const pending = idpState ? this.pending.get(idpState) : undefined;
    if (!pending || !idpState) throw new ErrorPage('invalid_request: unknown or used state');
    this.pending.delete(idpState);
    const error = query.get('error');
    if (error) return { ok: false, pending, error, description: query.get('error_description') ?? error };
    const code = query.get('code');
    if (!code) return { ok: false, pending, error: 'invalid_request', description: 'The identity provider sent no code' };
    const details = pending.provider.ProviderDetails;
    const discovery = await this.discover(details.oidc_issuer);
    const tokens = await json<{ id_token?: string; access_token?: string }>(
      await fetch(discovery.token_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: this.callbackUrl(),
          code_verifier: pending.verifier,
          client_id: details.client_id,
          ...(details.client_secret ? { client_secret: details.client_secret } : {}),
        }),
      }),
      'IdP token endpoint',
    );
    const idToken = tokens.id_token;
    const claims = decodeJwtPayload(idToken);
    const audience = claims?.aud;
    const audiences = Array.isArray(audience) ? audience : [audience];
    const bad =
      !idToken || !claims || !(await verifySignature(idToken, discovery.jwks_uri))
        ? 'signature'
        : claims.iss !== discovery.issuer
          ? 'iss'
          : !audiences.includes(details.client_id)
            ? 'aud'
            : claims.nonce !== pending.nonce
              ? 'nonce'
              : typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()
                ? 'exp'
                : undefined;
    if (bad) return { ok: false, pending, error: 'invalid_request', description: `The identity provider's id token failed the ${bad} check` };
    const attributes = tokens.access_token && discovery.userinfo_endpoint ? await this.userInfo(discovery.userinfo_endpoint, tokens.access_token, details.attributes_request_method) : {};
    return { ok: true, pending, claims: { ...claims, ...attributes, sub: claims!.sub } };
  }

  private async userInfo(endpoint: string, accessToken: string, method: 'GET' | 'POST'): Promise<Record<string, unknown>> {
    return json<Record<string, unknown>>(await fetch(endpoint, { method, headers: { Authorization: `Bearer ${accessToken}` } }), 'IdP userinfo');
  }
}
