import { AuthError, defaultErrorMessages, type AuthOperation, type CoreErrorCode } from './errors.js';

// How Cognito's exceptions (through the SDK's Client, or the network failing) become AuthErrors. Only a request
// can fail this way, so this is a chunk of its own, fetched with the first error (see lazy-transport.ts).

interface SdkError {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
}

function cognitoCodeOf(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as SdkError;
  if (typeof e.code === 'string' && e.code) return e.code;
  if (typeof e.name === 'string' && e.name.endsWith('Exception')) return e.name;
  return undefined;
}

function messageOf(err: unknown): string {
  if (err && typeof err === 'object' && typeof (err as SdkError).message === 'string') return (err as SdkError).message as string;
  return '';
}

export interface MapErrorOptions {
  /** Tell users "no such account" instead of the generic "incorrect email or password". Off by default. */
  revealUserExistence?: boolean;
}

/**
 * Turns whatever the SDK or the network threw into an AuthError, keeping the original as `cause`. For a refresh, a
 * refusal from Cognito (revoked, expired, a token it calls invalid, a deleted app client or user) would come again at
 * every retry: it is `sessionExpired` or `sessionRevoked`, which end the session. Trouble on the way passes: the
 * network, throttling, 5xx, a trigger Lambda that timed out, a WAF rule, and anything that is not Cognito's answer at
 * all (no exception name); those keep their own code and are retried.
 */
export function toAuthError(err: unknown, operation: AuthOperation, options: MapErrorOptions = {}): AuthError {
  const error = mapError(err, operation, options);
  const { code, cognitoCode } = error;
  const passing = error.retryable || !cognitoCode || /Lambda|Forbidden|LimitExceeded/.test(cognitoCode);
  if (operation !== 'refresh' || passing || code === 'sessionExpired' || code === 'sessionRevoked') return error;
  return new AuthError('sessionRevoked', undefined, { cognitoCode, cause: error });
}

/**
 * Cognito names the attribute it refused: "Attributes did not conform to the schema: custom:plan: Attribute does not
 * exist in the schema." (one line per attribute; the first is the field to point at), or "Invalid phone number format.".
 */
function refusedAttribute(message: string, cognitoCode: string | undefined, cause: unknown): AuthError | undefined {
  const named = /schema:\s*([\w:]+):\s*([^\n]*)/.exec(message);
  const field = named?.[1] ?? (/phone number/i.test(message) ? 'phone_number' : undefined);
  if (!field) return undefined;
  const reason = named?.[2] && /required/i.test(named[2]) ? 'missingField' : 'invalidAttribute';
  return new AuthError(reason, defaultErrorMessages[reason], { cognitoCode, cause, field });
}

function mapError(err: unknown, operation: AuthOperation, options: MapErrorOptions): AuthError {
  if (err instanceof AuthError) return err;
  const cognitoCode = cognitoCodeOf(err);
  const message = messageOf(err);
  const make = (code: CoreErrorCode) => new AuthError(code, defaultErrorMessages[code], { cognitoCode, cause: err });

  if (operation === 'changePassword') {
    // Real Cognito: NotAuthorizedException; the emulator: InvalidPasswordException "Invalid password".
    if (cognitoCode === 'NotAuthorizedException' && !/token/i.test(message)) return make('wrongCurrentPassword');
    if (cognitoCode === 'InvalidPasswordException' && !/conform|policy/i.test(message)) return make('wrongCurrentPassword');
  }
  // answerChallenge: the first code of an authenticator app set up while signing in (VerifySoftwareToken).
  if ((operation === 'totp' || operation === 'answerChallenge') && (cognitoCode === 'EnableSoftwareTokenMFAException' || /code mismatch/i.test(message))) {
    return make('codeMismatch');
  }

  // Cognito's passkey refusals: the pool's relying party or allowed origins do not fit this page, or the pool has
  // no passkeys (WebAuthnNotEnabledException, WebAuthnConfigurationMissingException, WebAuthnCredentialNotSupportedException).
  if (cognitoCode?.startsWith('WebAuthn')) {
    if (cognitoCode === 'WebAuthnChallengeNotFoundException') return make('expiredCode');
    const relyingParty = /RelyingParty|Origin/.test(cognitoCode);
    return new AuthError(relyingParty ? 'passkeyRelyingParty' : 'passkeyUnsupported', message, { cognitoCode, cause: err });
  }

  switch (cognitoCode) {
    case 'NotAuthorizedException':
      if (operation === 'refresh' || operation === 'signOut' || /token has been revoked|token has expired/i.test(message)) {
        return make(/expired/i.test(message) ? 'sessionExpired' : 'sessionRevoked');
      }
      if (/attempts exceeded/i.test(message)) return make('limitExceeded');
      if (/already confirmed|current status is CONFIRMED/i.test(message)) return make('alreadyConfirmed');
      if (/session is expired|Invalid session/i.test(message)) return make('expiredCode');
      // Cognito says "Incorrect username or password."; the emulator says "User not authorized" for unknown users.
      if (options.revealUserExistence && /not authorized/i.test(message) && operation === 'signIn') {
        return make('userNotFound');
      }
      return make('invalidCredentials');
    // A refresh token rotated out (refresh-token rotation) and past its grace period.
    case 'RefreshTokenReuseException':
      return make('sessionRevoked');
    case 'UserNotFoundException':
      if (operation === 'signIn') return make(options.revealUserExistence ? 'userNotFound' : 'invalidCredentials');
      return make('userNotFound');
    case 'InvalidPasswordException': {
      // The emulator answers a wrong password at sign-in with this; in Cognito it only means "breaks the policy".
      if (operation === 'signIn') return make('invalidCredentials');
      // Cognito names the rule that failed ("…policy: Password must have uppercase characters"): pass it on.
      const rule = /policy:\s*(.+)$/i.exec(message)?.[1];
      if (!rule) return make('invalidPassword');
      return new AuthError('invalidPassword', `This password is not allowed: ${rule.replace(/\.?$/, '.')}`, { cognitoCode, cause: err });
    }
    case 'UserNotConfirmedException':
      return make('userNotConfirmed');
    case 'UsernameExistsException':
    case 'AliasExistsException':
      return make('usernameExists');
    case 'CodeMismatchException':
      return make('codeMismatch');
    case 'ExpiredCodeException':
      return make('expiredCode');
    case 'PasswordResetRequiredException':
      return make('passwordResetRequired');
    case 'LimitExceededException':
    case 'CodeDeliveryFailureException':
      return make('limitExceeded');
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return make('tooManyRequests');
    case 'InvalidParameterException':
      if (/already confirmed/i.test(message)) return make('alreadyConfirmed');
      // The app client does not allow the configured authFlow ("USER_PASSWORD_AUTH flow not enabled for this client"):
      // the set-up's fault, not the password's, which the text names.
      if (/not enabled for|trigger is not configured/i.test(message)) return make('invalidConfig');
      return refusedAttribute(message, cognitoCode, err) ?? make(/email/i.test(message) ? 'invalidEmail' : /password/i.test(message) ? 'invalidPassword' : 'unknown');
    case 'ResourceNotFoundException':
    case 'InvalidUserPoolConfigurationException':
      return make('invalidConfig');
    case 'Unsupported':
    case 'UnsupportedError':
      return make('unsupported');
    case 'InternalErrorException':
    case 'ServiceUnavailable':
      return make('serviceUnavailable');
    case 'NetworkError':
      return make('network');
    default:
      break;
  }
  if (cognitoCode && /Unsupported/i.test(cognitoCode)) return make('unsupported');
  // AWS's common errors (any service, any operation): passing trouble, which a refresh must retry, not end on.
  if (cognitoCode && /^Throttl/.test(cognitoCode)) return make('tooManyRequests');
  if (cognitoCode && /^(Internal|ServiceUnavailable|RequestTimeout)/.test(cognitoCode)) return make('serviceUnavailable');
  // fetch rejects with a TypeError when the network is down; the SDK turns that into "Network error".
  if (err instanceof TypeError || /network error|failed to fetch|fetch failed/i.test(message)) return make('network');
  return make('unknown');
}
