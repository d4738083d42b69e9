import type { AuthTokens } from '../../src/core/types';

/** The storage amazon-cognito-identity-js is given in Node: a Map, with `items` for tests that look inside. */
export function sdkMemoryStorage() {
  const items = new Map<string, string>();
  return {
    setItem: (k: string, v: string) => void items.set(k, v),
    getItem: (k: string) => items.get(k) ?? null,
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
    items,
  };
}

/** The parts of amazon-cognito-identity-js that build a user with a session; each test types its own CognitoUser. */
export interface SdkSessionClasses<User> {
  CognitoUserPool: new (data: { UserPoolId: string; ClientId: string; endpoint: string; Storage?: unknown }) => unknown;
  CognitoUser: new (data: { Username: string; Pool: unknown; Storage?: unknown }) => User;
  CognitoUserSession: new (data: Record<string, unknown>) => unknown;
  CognitoIdToken: new (data: { IdToken: string }) => unknown;
  CognitoAccessToken: new (data: { AccessToken: string }) => unknown;
  CognitoRefreshToken: new (data: { RefreshToken: string }) => unknown;
}

/** The SDK's CognitoUser for `Username`, signed in with `tokens` when given, as the SDK's own tests against the kit need it. */
export function sdkSessionUser<User extends { setSignInUserSession(session: unknown): void }>(
  sdk: SdkSessionClasses<User>,
  pool: { UserPoolId: string; ClientId: string; endpoint: string },
  Username: string,
  tokens?: AuthTokens,
  Storage: unknown = sdkMemoryStorage(),
): User {
  const user = new sdk.CognitoUser({ Username, Pool: new sdk.CognitoUserPool({ ...pool, Storage }), Storage });
  if (tokens) {
    user.setSignInUserSession(
      new sdk.CognitoUserSession({
        IdToken: new sdk.CognitoIdToken({ IdToken: tokens.idToken }),
        AccessToken: new sdk.CognitoAccessToken({ AccessToken: tokens.accessToken }),
        RefreshToken: new sdk.CognitoRefreshToken({ RefreshToken: tokens.refreshToken }),
      }),
    );
  }
  return user;
}
