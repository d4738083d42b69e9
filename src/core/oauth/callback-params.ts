/** What the provider's redirect back carries, read from the URL. */
export type CallbackParams =
  | { kind: 'code'; code: string; state: string }
  | { kind: 'error'; error: string; description?: string; state?: string };

/**
 * Reads `code` + `state`, or `error` (+ `error_description`), from the query of `url` when it is the redirect
 * URL (same origin and path); anything else is not a callback and gives null.
 */
export function parseCallback(url: string, redirectSignIn: string): CallbackParams | null {
  const here = new URL(url);
  const expected = new URL(redirectSignIn);
  if (here.origin !== expected.origin || here.pathname.replace(/\/$/, '') !== expected.pathname.replace(/\/$/, '')) return null;
  const query = here.searchParams;
  const error = query.get('error');
  const state = query.get('state') ?? undefined;
  // Cognito always sends `state` back (the kit always sends one): "/?code=PROMO" on the same page is the app's own.
  if (!state) return null;
  if (error) {
    const description = query.get('error_description') ?? undefined;
    return { kind: 'error', error, ...(description ? { description } : {}), ...(state ? { state } : {}) };
  }
  const code = query.get('code');
  if (!code) return null;
  return { kind: 'code', code, state };
}

/** The URL without the parameters of the redirect, for `history.replaceState`: nothing of them stays in history. */
export function cleanedUrl(url: string): string {
  const here = new URL(url);
  for (const name of ['code', 'state', 'error', 'error_description', 'error_uri']) here.searchParams.delete(name);
  return `${here.pathname}${here.search}${here.hash}`;
}
