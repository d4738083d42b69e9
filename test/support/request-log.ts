import { decodeJwtPayload } from './access-token';

export interface RequestRecord {
  /** The operation, e.g. "InitiateAuth" (the part of X-Amz-Target after the dot). */
  readonly target: string;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
  readonly authFlow?: string;
  /** `exp` (seconds) of the access token the request carried, if any. */
  readonly accessTokenExp?: number;
  /** `UserContextData.EncodedData` (threat protection) the request carried, if any. */
  readonly encodedData?: string;
  /** RespondToAuthChallenge's ChallengeName. */
  readonly challengeName?: string;
  /** The device key the request sent (AuthParameters / ChallengeResponses DEVICE_KEY, or DeviceKey), if any. */
  readonly deviceKey?: string;
  readonly status: number;
}

export type RequestFilter = Partial<Pick<RequestRecord, 'target' | 'authFlow'>>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function accessTokenExp(body: Record<string, unknown>): number | undefined {
  const authParameters = isRecord(body.AuthParameters) ? body.AuthParameters : {};
  for (const token of [body.AccessToken, authParameters.AccessToken, authParameters.ACCESS_TOKEN]) {
    const exp = decodeJwtPayload(token)?.exp;
    if (typeof exp === 'number') return exp;
  }
  return undefined;
}

export function describeRequest(target: string, body: unknown, at: number, status: number): RequestRecord {
  const fields = isRecord(body) ? body : {};
  const authFlow = typeof fields.AuthFlow === 'string' ? fields.AuthFlow : undefined;
  const exp = accessTokenExp(fields);
  const encodedData = isRecord(fields.UserContextData) ? fields.UserContextData.EncodedData : undefined;
  const parameters = { ...(isRecord(fields.AuthParameters) ? fields.AuthParameters : {}), ...(isRecord(fields.ChallengeResponses) ? fields.ChallengeResponses : {}) };
  const deviceKey = parameters.DEVICE_KEY ?? fields.DeviceKey;
  return {
    target,
    at,
    status,
    ...(authFlow === undefined ? {} : { authFlow }),
    ...(exp === undefined ? {} : { accessTokenExp: exp }),
    ...(typeof encodedData === 'string' ? { encodedData } : {}),
    ...(typeof fields.ChallengeName === 'string' ? { challengeName: fields.ChallengeName } : {}),
    ...(typeof deviceKey === 'string' ? { deviceKey } : {}),
  };
}

/** Every API call that went through the emulator's HTTP endpoint, in the order the responses finished. */
export class RequestLog {
  private readonly records: RequestRecord[] = [];

  add(record: RequestRecord): void {
    this.records.push(record);
  }

  all(): RequestRecord[] {
    return [...this.records];
  }

  clear(): void {
    this.records.length = 0;
  }

  count(filter: RequestFilter = {}): number {
    return this.records.filter(
      (r) =>
        (filter.target === undefined || r.target === filter.target) &&
        (filter.authFlow === undefined || r.authFlow === filter.authFlow),
    ).length;
  }
}
