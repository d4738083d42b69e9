import { decodeJwtPayload } from '../tokens.js';
import type { CognitoTransport } from '../transport-types.js';
import type { AuthTokens } from '../types.js';
import { lacksOperation } from './unknown-operation.js';
import type { DeviceAuth } from './device-auth.js';
import type { AuthResponse, Json, Wire } from './wire.js';

export function tokenOperations(
  { clientId: ClientId, call, accessCall, withContext }: Wire,
  devices: DeviceAuth,
): Pick<CognitoTransport, 'refresh' | 'signOut' | 'globalSignOut' | 'deleteUser'> {
  // Learnt from the first refresh and kept for this transport's life: an endpoint that does not know
  // GetTokensFromRefreshToken (an emulator, an older self-hosted stand-in) is asked with REFRESH_TOKEN_AUTH.
  let legacyRefresh = false;

  /**
   * REFRESH_TOKEN_AUTH as CognitoUser.refreshSession sends it (not that method itself: it retries every error, a
   * revoked token included, for ~6 s; the kit's scheduler owns retries), threat-protection context included, for the
   * token's username as the SDK's LastAuthUser.
   */
  const initiateAuthRefresh = (username: string, refreshToken: string, deviceKey: string | undefined) =>
    call<AuthResponse>(
      'InitiateAuth',
      withContext(username, {
        ClientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: deviceKey ? { REFRESH_TOKEN: refreshToken, DEVICE_KEY: deviceKey } : { REFRESH_TOKEN: refreshToken },
      }),
    );

  /**
   * GetTokensFromRefreshToken works with refresh-token rotation on or off; with rotation on it is the only refresh
   * Cognito accepts, and it answers with a new refresh token. Its request has no UserContextData member.
   */
  const getTokens = (refreshToken: string, deviceKey: string | undefined) => {
    const params: Json = { ClientId, RefreshToken: refreshToken };
    if (deviceKey) params.DeviceKey = deviceKey;
    return call<AuthResponse>('GetTokensFromRefreshToken', params);
  };

  const refreshWith = async (username: string, refreshToken: string, deviceKey: string | undefined): Promise<AuthTokens> => {
    let answer: AuthResponse | undefined;
    if (!legacyRefresh) {
      try {
        answer = await getTokens(refreshToken, deviceKey);
      } catch (err) {
        if (!lacksOperation(err)) throw err;
        legacyRefresh = true;
      }
    }
    const result = (answer ?? (await initiateAuthRefresh(username, refreshToken, deviceKey))).AuthenticationResult;
    if (!result?.IdToken || !result.AccessToken) throw new Error('Cognito returned no tokens');
    // Without rotation no refresh token comes back: the one sent goes on working.
    return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken ?? refreshToken };
  };

  return {
    // This browser's remembered device goes with the refresh, as the SDK sends its cached one.
    async refresh(username, refreshToken, deviceKey = devices.deviceOf(username)?.deviceKey) {
      try {
        return await refreshWith(username, refreshToken, deviceKey);
      } catch (err) {
        // A device forgotten elsewhere: as at sign-in, its key is dropped and the refresh goes again without it.
        if (!deviceKey || !devices.isStaleDevice(err)) throw err;
        devices.forget(deviceKey);
        return refreshWith(username, refreshToken, undefined);
      }
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

    async deleteUser(_username, tokens) {
      await accessCall('DeleteUser', tokens);
    },
  };
}
