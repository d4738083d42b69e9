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
  /** A refresh, whatever the operation: GetTokensFromRefreshToken, or InitiateAuth REFRESH_TOKEN_AUTH / REFRESH_TOKEN. */
  readonly refresh?: true;
  /** The device key the request sent (AuthParameters / ChallengeResponses DEVICE_KEY, or DeviceKey), if any. */
  readonly deviceKey?: string;
  readonly status: number;
}

export type RequestFilter = Partial<Pick<RequestRecord, 'target' | 'authFlow'>> & {
  /** true: only refreshes (either operation); false: everything else. */
  refresh?: boolean;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const REFRESH_FLOWS: ReadonlySet<unknown> = new Set(['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']);

/** Whether a request to Cognito is a refresh, by operation and body: for logs the harness does not keep (a browser's). */
export function isRefreshRequest(target: string, body: unknown): boolean {
  if (target === 'GetTokensFromRefreshToken') return true;
  return target === 'InitiateAuth' && isRecord(body) && REFRESH_FLOWS.has(body.AuthFlow);
}

/** The same for a request seen as its X-Amz-Target header and raw JSON text (playwright's `request.postData()`). */
export function isRefreshPost(amzTarget: string | undefined, postData: string | null | undefined): boolean {
  let body: unknown;
  try {
    body = JSON.parse(postData ?? '');
  } catch {
    return false;
  }
  return isRefreshRequest((amzTarget ?? '').split('.').pop() ?? '', body);
}

/** Whether a logged request was a refresh, whatever the operation. */
export const isRefresh = (record: Pick<RequestRecord, 'refresh'>): boolean => record.refresh === true;

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
  const refresh = isRefreshRequest(target, fields);
  return {
    target,
    at,
    status,
    ...(authFlow === undefined ? {} : { authFlow }),
    ...(exp === undefined ? {} : { accessTokenExp: exp }),
    ...(typeof encodedData === 'string' ? { encodedData } : {}),
    ...(refresh ? { refresh: true as const } : {}),
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
        (filter.authFlow === undefined || r.authFlow === filter.authFlow) &&
        (filter.refresh === undefined || isRefresh(r) === filter.refresh),
    ).length;
  }
}
