import type { CognitoTransport, TransportConfig } from './cognito-transport.js';
import type { MapErrorOptions } from './cognito-errors.js';
import { AuthError, type AuthOperation } from './errors.js';
import { onDemand } from './on-demand.js';

// The Cognito wire layer (the transport and the SDK's Client it uses) is its own chunk, fetched with the first
// request: a page renders the forms, or a stored session, without it. So is the mapping of Cognito's exceptions,
// fetched with the first error. LoginForm asks for both on mount, so they are there when someone signs in.
export const loadCognitoTransport = onDemand(() => import('./cognito-transport.js'));
export const loadErrorMapping = onDemand(() => import('./cognito-errors.js'));

// Every name a transport method could have: not a promise's `then`, not JSON's `toJSON`, nothing every object has
// (`toString`, `constructor`…). Listing the methods instead cost the first load ~70 B.
export const isMethodName = (name: string | symbol): name is keyof CognitoTransport =>
  typeof name === 'string' && name !== 'then' && name !== 'toJSON' && !(name in Object.prototype);

/** A transport whose every method loads the real one first. */
export function createLazyTransport(config: TransportConfig): CognitoTransport {
  const real = onDemand(async () => (await loadCognitoTransport()).transportFor(config));
  // Only the transport's methods answer: the proxy must not look like a promise (`then`), JSON or anything else.
  return new Proxy({} as CognitoTransport, {
    get: (_, name) =>
      isMethodName(name) ? async (...args: unknown[]) => ((await real())[name] as (...a: unknown[]) => Promise<unknown>)(...args) : undefined,
    has: (_, name) => isMethodName(name),
  });
}

/**
 * Whatever a request failed with, as an AuthError. When the mapping cannot be fetched, the failure was a
 * download: a network error.
 */
export async function toAuthErrorLoaded(err: unknown, operation: AuthOperation, options?: MapErrorOptions): Promise<AuthError> {
  if (err instanceof AuthError) return err;
  try {
    return (await loadErrorMapping()).toAuthError(err, operation, options);
  } catch {
    return new AuthError('network', undefined, { cause: err });
  }
}
