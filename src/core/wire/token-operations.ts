import { decodeJwtPayload } from '../tokens.js';
import type { CognitoTransport } from '../transport-types.js';
import type { DeviceAuth } from './device-auth.js';
import type { AuthResponse, Wire } from './wire.js';

export function tokenOperations(
  { clientId: ClientId, call, accessCall, withContext }: Wire,
  devices: DeviceAuth,
): Pick<CognitoTransport, 'refresh' | 'signOut' | 'globalSignOut'> {
  return {
    // This browser's remembered device goes with the refresh, as the SDK sends its cached one.
    async refresh(username, refreshToken, deviceKey = devices.deviceOf(username)?.deviceKey) {
      // Not `CognitoUser.refreshSession`: it retries every error, a revoked token included, for ~6 s.
      // The kit's scheduler owns retries (backoff for network errors, none for a revoked token). Its request is
      // the same, threat-protection context (for the token's username, as the SDK's LastAuthUser) included.
      const AuthParameters = { REFRESH_TOKEN: refreshToken, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) };
      const params = { ClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters };
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
