import type { RememberDevice } from '../config.js';
import type { DeviceStore, StoredDevice } from '../device-store.js';
import { loadSrp } from '../srp/load-srp.js';
import { decodeJwtPayload } from '../tokens.js';
import type { SignInOutcome } from '../transport-types.js';
import { cognitoTimestamp } from './timestamp.js';
import type { AuthResponse, Wire } from './wire.js';

/** What a sign-in's AuthenticationResult may carry besides the tokens on a pool with device tracking. */
export interface NewDeviceMetadata {
  DeviceKey?: string;
  DeviceGroupKey?: string;
}

type Tokens = SignInOutcome & { kind: 'tokens' };

/**
 * The device's own SRP proof when Cognito asks for it (DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER), and, after a
 * sign-in that hands out a new device key, ConfirmDevice with the verifier of a fresh device secret and the
 * remembered status the app's `rememberDevice` calls for. Requests as CognitoUser's getDeviceResponse and
 * authenticateUserInternal send them.
 */
export function deviceSignIn({ clientId: ClientId, call, accessCall, withContext }: Wire, mode: RememberDevice, store: DeviceStore | undefined) {
  /** SRP with the device group key in place of the pool name, the device key in place of the username. */
  async function proveDevice(username: string, session: string | undefined, device: StoredDevice): Promise<AuthResponse> {
    const srp = await (await loadSrp()).startSignInSrp();
    const started = await call<AuthResponse>(
      'RespondToAuthChallenge',
      withContext(username, {
        ChallengeName: 'DEVICE_SRP_AUTH',
        ClientId,
        ChallengeResponses: { USERNAME: username, DEVICE_KEY: device.deviceKey, SRP_A: srp.srpA },
        Session: session,
      }),
    );
    const challenge = started.ChallengeParameters ?? {};
    const TIMESTAMP = cognitoTimestamp();
    const ChallengeResponses = {
      USERNAME: username,
      PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK ?? '',
      TIMESTAMP,
      PASSWORD_CLAIM_SIGNATURE: await srp.passwordClaimSignature(device.deviceGroupKey, device.deviceKey, device.secret, challenge, TIMESTAMP),
      DEVICE_KEY: device.deviceKey,
    };
    return call<AuthResponse>(
      'RespondToAuthChallenge',
      withContext(username, { ChallengeName: 'DEVICE_PASSWORD_VERIFIER', ClientId, ChallengeResponses, Session: started.Session }),
    );
  }

  /**
   * A new device key is confirmed, kept here with its secret, and remembered per `rememberDevice` (with 'ask', the
   * user's answer; no answer leaves the pool's choice). Best effort: a device that cannot be confirmed leaves the
   * sign-in as it is, without one.
   */
  async function confirmNewDevice(tokens: Tokens, metadata: NewDeviceMetadata | undefined, rememberAnswer: boolean | undefined): Promise<SignInOutcome> {
    const { DeviceKey: deviceKey, DeviceGroupKey: deviceGroupKey } = metadata ?? {};
    if (!store || mode === 'never' || !deviceKey || !deviceGroupKey) return tokens;
    try {
      const { secret, salt, verifier } = await (await loadSrp()).createDeviceVerifier(deviceGroupKey, deviceKey);
      // The SDK's name for a device: the browser's user agent ('nodejs' without one).
      const DeviceName = typeof navigator === 'object' && navigator.userAgent ? navigator.userAgent.slice(0, 1024) : 'nodejs';
      const confirmed = await call<{ UserConfirmationNecessary?: boolean }>('ConfirmDevice', {
        DeviceKey: deviceKey,
        AccessToken: tokens.tokens.accessToken,
        DeviceSecretVerifierConfig: { Salt: salt, PasswordVerifier: verifier },
        DeviceName,
      });
      // Found again by Cognito's username (refresh, later steps) or the email typed at the next sign-in.
      const names = [decodeJwtPayload(tokens.tokens.accessToken).username, decodeJwtPayload(tokens.tokens.idToken).email];
      store.save({ deviceKey, deviceGroupKey, secret, names: names.filter((n): n is string => typeof n === 'string') });
      const optIn = confirmed.UserConfirmationNecessary === true;
      const remember = mode === 'always' || rememberAnswer === true;
      // An opt-in pool waits for "remembered"; an always-remember pool is told "not remembered" when the user said no.
      const status = remember && optIn ? 'remembered' : rememberAnswer === false && !optIn ? 'not_remembered' : undefined;
      if (status) await accessCall('UpdateDeviceStatus', tokens.tokens, { DeviceKey: deviceKey, DeviceRememberedStatus: status });
      return { ...tokens, newDevice: { deviceKey, deviceGroupKey } };
    } catch {
      return tokens;
    }
  }

  return { proveDevice, confirmNewDevice };
}

export type DeviceSignIn = ReturnType<typeof deviceSignIn>;
