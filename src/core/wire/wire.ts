// What every operation family in this folder shares. Each family builds its requests with the fields
// CognitoUser's method for it sends, in the same order: the test/core/*-sdk-equality tests compare them on the wire.
import type { AuthTokens, CodeDelivery } from '../types.js';
import type { TransportConfig } from '../transport-types.js';

export type Json = Record<string, unknown>;

export type Call = <T = Json>(operation: string, params: Json) => Promise<T>;

export interface Wire {
  userPoolId: string;
  clientId: string;
  call: Call;
  /** Only where the SDK's request has AccessToken first: the field order is compared on the wire. */
  accessCall<T = Json>(operation: string, tokens: AuthTokens, params?: Json): Promise<T>;
  withContext(username: string, params: Json): Json;
}

export function createWire({ userPoolId, clientId: ClientId }: TransportConfig, call: Call): Wire {
  return {
    userPoolId,
    clientId: ClientId,
    call,
    accessCall: <T = Json>(operation: string, tokens: AuthTokens, params: Json = {}) =>
      call<T>(operation, { AccessToken: tokens.accessToken, ...params }),
    /**
     * Threat protection (Plus plan): `UserContextData` last, as CognitoUser / CognitoUserPool add it, on the requests
     * they add it to (InitiateAuth, RespondToAuthChallenge, SignUp, ConfirmSignUp, ForgotPassword,
     * ConfirmForgotPassword; not ResendConfirmationCode), when the page loaded AWS's collection script. Where the
     * script answers nothing the SDK sends `{}`; the kit sends no field.
     */
    withContext(username, params) {
      const asf = (globalThis as { AmazonCognitoAdvancedSecurityData?: { getData(u: string, p: string, c: string): string | undefined } })
        .AmazonCognitoAdvancedSecurityData;
      const EncodedData = asf?.getData(username, userPoolId, ClientId);
      return EncodedData ? { ...params, UserContextData: { EncodedData } } : params;
    },
  };
}

/** What InitiateAuth and RespondToAuthChallenge answer. */
export interface AuthResponse {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AuthenticationResult?: {
    IdToken?: string;
    AccessToken?: string;
    RefreshToken?: string;
    NewDeviceMetadata?: { DeviceKey?: string; DeviceGroupKey?: string };
  };
}

export interface Delivery {
  Destination?: string;
  DeliveryMedium?: string;
  AttributeName?: string;
}

export const deliveryOf = (details: Delivery | undefined): CodeDelivery | undefined =>
  details && { destination: details.Destination, medium: details.DeliveryMedium, attribute: details.AttributeName };
