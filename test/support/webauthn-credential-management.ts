import { InvalidParameterError, ResourceNotFoundError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { passkeysOf, savePasskeys, tokenUser } from './passkey-store';

/** ListWebAuthnCredentials' MaxResults: "Valid Range: Minimum value of 0. Maximum value of 20." */
const MAX_RESULTS = 20;

interface ListRequest {
  AccessToken?: string;
  NextToken?: string;
  MaxResults?: number;
}

// The token names the user and where the next page starts, so it cannot be replayed for someone else.
const pageToken = (username: string, offset: number): string => Buffer.from(JSON.stringify({ u: username, o: offset })).toString('base64url');

function offsetOf(token: string | undefined, username: string): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { u?: unknown; o?: unknown };
    if (parsed.u === username && typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    // refused below
  }
  throw new InvalidParameterError('Invalid NextToken.');
}

/**
 * ListWebAuthnCredentials (pages of at most MaxResults, NextToken while more remain) and DeleteWebAuthnCredential
 * (ResourceNotFoundException for a credential the user does not have) of the signed-in user.
 */
export function webAuthnCredentialTargets(services: Pick<Services, 'cognito'>) {
  const ListWebAuthnCredentials: Route = async (ctx: Context, req: ListRequest) => {
    const max = req.MaxResults ?? MAX_RESULTS;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 0 || max > MAX_RESULTS) {
      throw new InvalidParameterError(
        `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value ${max < 0 ? 'greater than or equal to 0' : `less than or equal to ${MAX_RESULTS}`}`,
      );
    }
    const { user } = await tokenUser(services, ctx, req.AccessToken);
    const all = passkeysOf(user);
    const start = offsetOf(req.NextToken, user.Username);
    const page = all.slice(start, start + max);
    const next = start + page.length;
    return {
      Credentials: page.map((p) => ({
        CredentialId: p.CredentialId,
        FriendlyCredentialName: p.FriendlyCredentialName,
        RelyingPartyId: p.RelyingPartyId,
        ...(p.AuthenticatorAttachment ? { AuthenticatorAttachment: p.AuthenticatorAttachment } : {}),
        AuthenticatorTransports: p.Transports,
        CreatedAt: p.CreatedAt,
      })),
      ...(next < all.length && page.length > 0 ? { NextToken: pageToken(user.Username, next) } : {}),
    };
  };

  const DeleteWebAuthnCredential: Route = async (ctx: Context, req: { AccessToken?: string; CredentialId?: string }) => {
    if (typeof req.CredentialId !== 'string' || req.CredentialId === '') throw new InvalidParameterError('Missing required parameter CredentialId');
    const { userPool, user } = await tokenUser(services, ctx, req.AccessToken);
    const passkeys = passkeysOf(user);
    if (!passkeys.some((p) => p.CredentialId === req.CredentialId)) throw new ResourceNotFoundError('Credential not found.');
    await savePasskeys(ctx, userPool, user, passkeys.filter((p) => p.CredentialId !== req.CredentialId));
    return {};
  };

  return { ListWebAuthnCredentials, DeleteWebAuthnCredential };
}
