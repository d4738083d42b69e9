import { decodeJwtPayload } from '../tokens.js';
import type { CognitoTransport } from '../transport-types.js';
import type { AuthResponse, Wire } from './wire.js';

export function tokenOperations({ clientId: ClientId, call, accessCall, withContext }: Wire): Pick<CognitoTransport, 'refresh' | 'signOut' | 'globalSignOut'> {
  return {
    async refresh(username, refreshToken) {
      // Not `CognitoUser.refreshSession`: it retries every error, a revoked token included, for ~6 s.
      // The kit's scheduler owns retries (backoff for network errors, none for a revoked token). Its request is
      // the same, threat-protection context (for the token's username, as the SDK's LastAuthUser) included.
      const params = { ClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken } };
      const result = (await call<AuthResponse>('InitiateAuth', withContext(username, params))).AuthenticationResult;
      if (!result?.IdToken || !result.AccessToken) throw new Error('Cognito returned no tokens');
      return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken ?? refreshToken };
    },

    async signOut(_username, tokens) {
      // As CognitoUser.signOut: only tokens issued with revocation on (`origin_jti`) can be revoked.
      try {
        if (decodeJwtPayload(tokens.accessToken).origin_jti) await call('RevokeToken', { Token: tokens.refreshToken, ClientId });
      } catch {
        /* best effort: the local sign-out has happened already */
      }
    },

    async globalSignOut(_username, tokens) {
      await accessCall('GlobalSignOut', tokens);
    },
  };
}
