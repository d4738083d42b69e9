import type { CognitoTransport, TransportConfig } from './cognito-transport.js';
import type * as CognitoWire from './cognito-wire.js';
import { AuthError, type AuthOperation } from './errors.js';
import type { MapErrorOptions } from './cognito-errors.js';

// The Cognito wire layer (the transport, the SDK's Client it uses, the mapping of Cognito's exceptions) is its
// own chunk, fetched with the first request: a page renders the forms, or a stored session, without it.
// LoginForm asks for it on mount, so it is there by the time someone presses "Sign in".
let loading: Promise<typeof CognitoWire> | undefined;

export function loadCognitoWire(): Promise<typeof CognitoWire> {
  loading ??= import('./cognito-wire.js').catch((error: unknown) => {
    loading = undefined; // a failed chunk download (offline, a new deploy) is tried again with the next request
    throw error;
  });
  return loading;
}

/** A transport whose every method loads the real one first. */
export function createLazyTransport(config: TransportConfig): CognitoTransport {
  let transport: CognitoTransport | undefined;
  const real = async () => (transport ??= (await loadCognitoWire()).createCognitoTransport(config));
  return new Proxy({} as CognitoTransport, {
    // Only the transport's methods: not `then` (the proxy must not look like a promise) nor symbols (inspection).
    get: (_, method) =>
      typeof method !== 'string' || method === 'then'
        ? undefined
        : async (...args: unknown[]) => ((await real())[method as keyof CognitoTransport] as (...a: unknown[]) => Promise<unknown>)(...args),
  });
}

/**
 * Whatever a request failed with, as an AuthError. When the wire chunk itself cannot be fetched, the failure
 * was that download: a network error.
 */
export async function toAuthErrorLoaded(err: unknown, operation: AuthOperation, options?: MapErrorOptions): Promise<AuthError> {
  if (err instanceof AuthError) return err;
  try {
    return (await loadCognitoWire()).toAuthError(err, operation, options);
  } catch {
    return new AuthError('network', undefined, { cause: err });
  }
}
