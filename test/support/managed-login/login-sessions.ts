import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { cookies, setCookie } from './http-helpers';

export interface LoginSession {
  username: string;
  expiresAtMs: number;
}

/** Cognito keeps a managed-login session for one hour (developer guide, "Managed login"). */
export const LOGIN_SESSION_SECONDS = 3600;

/**
 * The managed-login session: a signed-in browser is sent straight back with a new code until /logout ends it. The cookie
 * name carries the port: cookies on localhost are shared by every port (the app, the IdP, another domain).
 */
export class LoginSessions {
  private readonly sessions = new Map<string, LoginSession>();

  constructor(readonly cookieName: string) {}

  start(username: string, nowMs: number): { id: string; cookie: string } {
    const id = randomUUID();
    this.sessions.set(id, { username, expiresAtMs: nowMs + LOGIN_SESSION_SECONDS * 1000 });
    return { id, cookie: setCookie(id, this.cookieName, LOGIN_SESSION_SECONDS) };
  }

  current(req: IncomingMessage, nowMs: number): LoginSession | undefined {
    const id = cookies(req).get(this.cookieName);
    const session = id === undefined ? undefined : this.sessions.get(id);
    return session && session.expiresAtMs > nowMs ? session : undefined;
  }

  /** Ends the session and returns the header that clears its cookie. */
  end(req: IncomingMessage): string {
    const id = cookies(req).get(this.cookieName);
    if (id !== undefined) this.sessions.delete(id);
    return setCookie('', this.cookieName, 0);
  }
}
