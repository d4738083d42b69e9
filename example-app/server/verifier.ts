import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { Fetcher } from 'aws-jwt-verify/https';
import { JwtBaseError } from 'aws-jwt-verify/error';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

/** A token that verified but is not an access token of one of our app clients. */
export class WrongTokenError extends JwtBaseError {}

export interface AccessTokenVerifierOptions {
  /** `https://cognito-idp.<region>.amazonaws.com/<poolId>` for a real pool; `<endpoint>/<poolId>` for the emulator. */
  issuer: string;
  /** Default: `<issuer>/.well-known/jwks.json`. */
  jwksUri?: string;
  /** App clients whose access tokens this API accepts (the `client_id` claim). */
  clientIds: readonly string[];
}

/** The claims of a verified Cognito access token that this API uses. */
export type AccessTokenClaims = JwtPayload & {
  sub: string;
  username?: string;
  client_id: string;
  token_use: 'access';
  scope?: string;
  'cognito:groups'?: string[];
};

export interface AccessTokenVerifier {
  verify(token: string): Promise<AccessTokenClaims>;
}

/**
 * aws-jwt-verify's own fetcher is https-only (node:https); the emulator serves its JWKS over plain http on
 * 127.0.0.1. Node's fetch speaks both, so the same code checks tokens of the emulator and of a real pool.
 */
const fetchEitherProtocol: Fetcher = {
  async fetch(uri) {
    const response = await fetch(uri, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(`GET ${uri} answered ${response.status}`);
    return response.arrayBuffer();
  },
};

/**
 * Checks signature (RS256 against the pool's JWKS), issuer, expiry, `token_use` and `client_id`: what an API
 * must check before it trusts a Cognito access token. Access tokens carry no `aud`; `client_id` plays that part.
 */
export function createAccessTokenVerifier({ issuer, jwksUri, clientIds }: AccessTokenVerifierOptions): AccessTokenVerifier {
  const verifier = JwtRsaVerifier.create(
    {
      issuer,
      jwksUri: jwksUri ?? `${issuer}/.well-known/jwks.json`,
      audience: null,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'access') throw new WrongTokenError(`Expected an access token, got token_use "${String(payload.token_use)}"`);
        if (typeof payload.client_id !== 'string' || !clientIds.includes(payload.client_id)) {
          throw new WrongTokenError(`Access token of an unknown app client "${String(payload.client_id)}"`);
        }
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: fetchEitherProtocol }) },
  );
  return {
    verify: async (token) => (await verifier.verify(token)) as AccessTokenClaims,
  };
}
