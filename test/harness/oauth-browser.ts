import { createHash, randomBytes } from 'node:crypto';

/**
 * A browser as far as the OAuth flows need one: fetch with redirects followed by hand (so each hop can be seen) and a
 * cookie jar per host:port. Cookies set by one port are sent to that port only, which is stricter than a browser
 * (localhost cookies are shared across ports); the servers use distinct cookie names, so nothing depends on it.
 */
export class OAuthBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  private remember(url: URL, response: Response): void {
    const cookies = this.jar.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(url.host, cookies);
  }

  cookieNames(url: string): string[] {
    return [...(this.jar.get(new URL(url).host)?.keys() ?? [])];
  }

  /** One request, no redirect followed. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = this.jar.get(target.host);
    const headers = new Headers(init.headers);
    if (cookies?.size) headers.set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.remember(target, response);
    return response;
  }

  /**
   * Follows redirects until one leaves for `stopAt` (the app's callback, not served by anyone) or a page answers.
   * Returns the last response and, when stopped, the URL it was sent to.
   */
  async follow(url: string, stopAt: string, init: RequestInit = {}): Promise<{ response: Response; stoppedAt?: URL }> {
    let response = await this.request(url, init);
    let current = new URL(url);
    for (let hop = 0; hop < 10; hop++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response };
      const next = new URL(location, current);
      if (next.toString().startsWith(stopAt)) return { response, stoppedAt: next };
      current = next;
      response = await this.request(next.toString());
    }
    throw new Error(`More than 10 redirects from ${url}`);
  }
}

/** A PKCE pair as a client makes it (RFC 7636, S256). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The hidden anti-forgery field of a managed login form. */
export function formToken(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`No sign-in form in:\n${html}`);
  return token;
}

/** The form's action, with its HTML escaping undone. */
export function formAction(html: string, base: string): string {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`No sign-in form in:\n${html}`);
  return new URL(action.replace(/&amp;/g, '&'), base).toString();
}
