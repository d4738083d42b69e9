import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
  type ICognitoStorage,
  type IAuthenticationCallback,
} from 'amazon-cognito-identity-js';

// The real amazon-cognito-identity-js client, promisified, talking HTTP to the emulator (Node 20's global fetch:
// the SDK's isomorphic-unfetch keeps an existing global fetch).

class MapStorage implements ICognitoStorage {
  private readonly items = new Map<string, string>();
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

export interface SdkError extends Error {
  code?: string;
}

export function sdkPool(endpoint: string, userPoolId: string, clientId: string): CognitoUserPool {
  return new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint, Storage: new MapStorage() });
}

export function sdkUser(pool: CognitoUserPool, email: string): CognitoUser {
  return new CognitoUser({ Username: email, Pool: pool, Storage: new MapStorage() });
}

export function signUp(pool: CognitoUserPool, email: string, password: string): Promise<{ userSub: string }> {
  return new Promise((resolve, reject) => {
    pool.signUp(email, password, [new CognitoUserAttribute({ Name: 'email', Value: email })], [], (error, result) =>
      error || !result ? reject(error) : resolve({ userSub: result.userSub }),
    );
  });
}

export function confirmSignUp(user: CognitoUser, code: string): Promise<void> {
  return new Promise((resolve, reject) => {
    user.confirmRegistration(code, false, (error: unknown) => (error ? reject(error) : resolve()));
  });
}

export function resendCode(user: CognitoUser): Promise<{ CodeDeliveryDetails: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    user.resendConfirmationCode((error, result: { CodeDeliveryDetails: Record<string, string> }) =>
      error ? reject(error) : resolve(result),
    );
  });
}

export type SignInOutcome =
  | { type: 'session'; session: CognitoUserSession }
  | { type: 'newPasswordRequired'; userAttributes: Record<string, string> }
  | { type: 'totpRequired' };

function outcomeCallbacks(resolve: (o: SignInOutcome) => void, reject: (e: unknown) => void): IAuthenticationCallback {
  return {
    onSuccess: (session) => resolve({ type: 'session', session }),
    onFailure: reject,
    newPasswordRequired: (userAttributes: Record<string, string>) =>
      resolve({ type: 'newPasswordRequired', userAttributes }),
    totpRequired: () => resolve({ type: 'totpRequired' }),
    mfaRequired: () => reject(new Error('unexpected SMS_MFA')),
  };
}

/** The SDK's default flow: USER_SRP_AUTH. */
export function signIn(user: CognitoUser, password: string): Promise<SignInOutcome> {
  return new Promise((resolve, reject) => {
    user.authenticateUser(
      new AuthenticationDetails({ Username: user.getUsername(), Password: password }),
      outcomeCallbacks(resolve, reject),
    );
  });
}

export async function signInSession(user: CognitoUser, password: string): Promise<CognitoUserSession> {
  const outcome = await signIn(user, password);
  if (outcome.type !== 'session') throw new Error(`expected a session, got ${outcome.type}`);
  return outcome.session;
}

export function completeNewPassword(user: CognitoUser, newPassword: string): Promise<SignInOutcome> {
  return new Promise((resolve, reject) => {
    user.completeNewPasswordChallenge(newPassword, {}, outcomeCallbacks(resolve, reject));
  });
}

export function sendTotp(user: CognitoUser, code: string): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) => {
    user.sendMFACode(code, { onSuccess: resolve, onFailure: reject }, 'SOFTWARE_TOKEN_MFA');
  });
}

export function refresh(user: CognitoUser, session: CognitoUserSession): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) => {
    user.refreshSession(session.getRefreshToken(), (error: unknown, next: CognitoUserSession) =>
      error ? reject(error) : resolve(next),
    );
  });
}

export function globalSignOut(user: CognitoUser): Promise<void> {
  return new Promise((resolve, reject) => {
    user.globalSignOut({ onSuccess: () => resolve(), onFailure: reject });
  });
}

export function setUpTotp(user: CognitoUser, codeFor: (secret: string) => string): Promise<void> {
  return new Promise((resolve, reject) => {
    user.associateSoftwareToken({
      onFailure: reject,
      associateSecretCode: (secret) => {
        user.verifySoftwareToken(codeFor(secret), 'test phone', {
          onFailure: reject,
          onSuccess: () => {
            user.setUserMfaPreference(null, { Enabled: true, PreferredMfa: true }, (error) =>
              error ? reject(error) : resolve(),
            );
          },
        });
      },
    });
  });
}

/** One raw API call, for what the SDK does not expose (or retries). */
export async function callCognito(
  endpoint: string,
  target: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${target}`,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Rejections from the SDK carry the Cognito error type in `code`. */
export async function failureOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as SdkError;
    return { code: e.code, message: e.message };
  }
  throw new Error('expected the call to fail');
}
