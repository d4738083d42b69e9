import { randomUUID } from 'node:crypto';

/** What an authorization code stands for until /oauth2/token redeems it. */
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  username: string;
  nonce?: string;
  codeChallenge?: string;
}

/** Cognito's authorization codes are valid for five minutes (developer guide, "The token issuer endpoint"). */
export const AUTHORIZATION_CODE_SECONDS = 300;

/**
 * Codes handed out by /oauth2/authorize: each redeemed at most once, within its lifetime on the emulator's clock. A
 * redeem attempt uses the code up whatever its outcome, so a code seen by an attacker is worth nothing afterwards.
 */
export class AuthorizationCodes {
  private readonly grants = new Map<string, CodeGrant & { expiresAtMs: number }>();

  issue(grant: CodeGrant, nowMs: number): string {
    const code = randomUUID();
    this.grants.set(code, { ...grant, expiresAtMs: nowMs + AUTHORIZATION_CODE_SECONDS * 1000 });
    return code;
  }

  /** The grant, or undefined when the code is unknown, already used or expired. */
  redeem(code: string, nowMs: number): CodeGrant | undefined {
    const grant = this.grants.get(code);
    this.grants.delete(code);
    if (!grant || grant.expiresAtMs <= nowMs) return undefined;
    const { expiresAtMs: _expiresAtMs, ...rest } = grant;
    return rest;
  }
}
