import { randomBytes } from 'node:crypto';
import { NotAuthorizedError } from 'cognito-local/lib/errors.js';

/**
 * Cognito's sign-in session: "The session identifier that maintains the state of authentication requests and
 * challenge responses" (RespondToAuthChallenge), valid for the app client's AuthSessionValidity, 3 minutes by
 * default. Every answer that asks for another step hands out a new one. A wrong MFA code ends the session: the
 * right code sent next is refused with "Invalid session for the user." (real Cognito, aws-amplify/amplify-swift#3695;
 * the kit's forms sign in again after a wrong code for that reason). AWS documents neither way.
 */
export const SESSION_VALIDITY_MS = 3 * 60 * 1000;

/** Cognito's answer to an unknown, used or expired sign-in session. */
export const SESSION_EXPIRED = 'Invalid session for the user, session is expired.';

export interface SignInSessionState {
  readonly clientId: string;
  readonly username: string;
  /** The step this session answers. */
  readonly expects: 'EMAIL_OTP' | 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'SELECT_MFA_TYPE' | 'MFA_SETUP' | 'MFA_SETUP_VERIFIED';
  /** The code sent for EMAIL_OTP / SMS_MFA. */
  readonly code?: string;
  /** The address given at MFA_SETUP, made the user's email once its code is entered. */
  readonly setupEmail?: string;
}

type Stored<S> = S & { readonly expiresAt: number };

/** Sessions of one kind of sign-in step; `S` is what each remembers (the MFA steps' by default). */
export class SignInSessions<S extends { readonly clientId: string } = SignInSessionState> {
  private readonly byId = new Map<string, Stored<S>>();
  /** Every id ever handed out: an expired one is still recognised, and answered as expired. */
  private readonly issued = new Set<string>();

  constructor(private readonly now: () => number) {}

  open(state: S): string {
    const now = this.now();
    for (const [id, stored] of this.byId) if (stored.expiresAt <= now) this.byId.delete(id);
    // Long and opaque like Cognito's; never the emulator's uuid, so the harness can tell its own sessions apart.
    const id = randomBytes(96).toString('base64');
    this.byId.set(id, { ...state, expiresAt: now + SESSION_VALIDITY_MS });
    this.issued.add(id);
    return id;
  }

  isOurs(id: unknown): boolean {
    return typeof id === 'string' && this.issued.has(id);
  }

  /** The live session (for this client, when the request names one), or Cognito's NotAuthorizedException. */
  get(id: unknown, clientId?: string): S {
    const stored = typeof id === 'string' ? this.byId.get(id) : undefined;
    if (!stored || (clientId !== undefined && stored.clientId !== clientId) || stored.expiresAt <= this.now()) throw new NotAuthorizedError(SESSION_EXPIRED);
    return stored;
  }

  /** A session is single use once its step succeeded. */
  close(id: string): void {
    this.byId.delete(id);
  }
}
