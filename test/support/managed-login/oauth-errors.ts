/**
 * The error codes of Cognito's token and revocation endpoints (developer guide, "The token issuer endpoint" and "The
 * token revocation endpoint"): HTTP 400 with a JSON body `{ "error": … }`.
 */
export type TokenEndpointErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_token_type'
  | 'invalid_scope';

export class OAuthError extends Error {
  constructor(
    readonly error: TokenEndpointErrorCode,
    readonly description?: string,
    readonly status = 400,
  ) {
    super(description ? `${error}: ${description}` : error);
  }

  body(): { error: string; error_description?: string } {
    return this.description ? { error: this.error, error_description: this.description } : { error: this.error };
  }
}

/** The error codes /oauth2/authorize sends back to the redirect_uri once it has checked the client and the redirect_uri. */
export type AuthorizeErrorCode = 'invalid_request' | 'unauthorized_client' | 'invalid_scope' | 'unsupported_response_type' | 'access_denied' | 'server_error';

export class AuthorizeError extends Error {
  constructor(
    readonly error: AuthorizeErrorCode,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }
}

/** Errors Cognito shows on its own error page instead of redirecting (a client or redirect_uri it cannot trust). */
export class ErrorPage extends Error {
  constructor(
    readonly error: string,
    readonly status = 400,
  ) {
    super(error);
  }
}
