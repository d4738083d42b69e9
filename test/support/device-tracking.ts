import { randomUUID } from 'node:crypto';
import { InvalidParameterError, NotAuthorizedError, ResourceNotFoundError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { decodeJwtPayload } from './access-token';
import { DeviceVerifiers } from './device-srp';
import type {
  InitiateAuthRequest,
  InitiateAuthResponse,
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
} from './srp-auth-flow';

/** A pool's device tracking as CreateUserPool takes it (the console's "Remember user devices"). */
export interface DeviceConfiguration {
  /**
   * true: a remembered device signs in with device authentication instead of the MFA code (API reference,
   * DeviceConfigurationType). Devices that are only tracked, or any device when false, still meet the user's MFA.
   */
  ChallengeRequiredOnNewDevice?: boolean;
  /** true: "User opt-in" — a confirmed device stays not_remembered until UpdateDeviceStatus. false: "Always". */
  DeviceOnlyRememberedOnUserPrompt?: boolean;
}

interface DeviceRecord {
  readonly key: string;
  readonly groupKey: string;
  readonly poolId: string;
  readonly username: string;
  confirmed: boolean;
  verifier?: bigint;
  saltHex?: string;
  name?: string;
  remembered: boolean;
  created: Date;
  modified: Date;
  lastAuthenticated: Date;
}

interface DeviceType {
  DeviceKey: string;
  DeviceAttributes: Array<{ Name: string; Value: string }>;
  DeviceCreateDate: number;
  DeviceLastModifiedDate: number;
  DeviceLastAuthenticatedDate: number;
}

const NO_DEVICE = 'Device does not exist.';
const MAX_LIST = 60;
const seconds = (date: Date): number => date.getTime() / 1000;

/** Base64 verifier / salt from ConfirmDevice, as the SDK writes them (hex bytes of padHex), back to numbers. */
const fromBase64Hex = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? Buffer.from(value, 'base64').toString('hex') : undefined;

/**
 * Device tracking (Cognito developer guide, "Working with user devices"): a pool with a DeviceConfiguration hands a
 * new device key out with every sign-in that did not come from a known device (NewDeviceMetadata); ConfirmDevice
 * stores the device's SRP verifier; a later sign-in that sends DEVICE_KEY proves the device secret through
 * DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER, and a remembered device then skips MFA. Devices live in memory for
 * the emulator's life.
 */
export function deviceTracking(services: Pick<Services, 'cognito' | 'clock' | 'tokenGenerator'>, emulator: Router) {
  const { cognito, clock } = services;
  const devices = new Map<string, DeviceRecord>();
  const verifiers = new DeviceVerifiers();
  /** DEVICE_SRP_AUTH sessions: the sign-in waiting for the device proof. */
  const waiting = new Map<string, { clientId: string; username: string; deviceKey: string; password: string; metadata?: Record<string, string> }>();
  const now = (): Date => clock.get();

  const poolOf = (ctx: Context, clientId: string) => cognito.getUserPoolForClientId(ctx, clientId);
  const configOf = async (ctx: Context, clientId: string): Promise<DeviceConfiguration | undefined> =>
    ((await poolOf(ctx, clientId)).options as { DeviceConfiguration?: DeviceConfiguration }).DeviceConfiguration;

  /** The user's confirmed device `deviceKey`, or ResourceNotFoundException as Cognito answers (the SDK retries without it). */
  const knownDevice = async (ctx: Context, clientId: string, usernameOrAlias: string, deviceKey: string): Promise<DeviceRecord> => {
    const userPool = await poolOf(ctx, clientId);
    const user = await userPool.getUserByUsername(ctx, usernameOrAlias);
    const device = devices.get(deviceKey);
    if (!user || !device?.confirmed || device.poolId !== userPool.options.Id || device.username !== user.Username) {
      throw new ResourceNotFoundError(NO_DEVICE);
    }
    return device;
  };

  /** Whose devices an access token (already checked in front of every operation) may see: its user in its pool. */
  const ownerOf = (accessToken: unknown) => {
    const claims = decodeJwtPayload(accessToken);
    const iss = typeof claims?.iss === 'string' ? claims.iss : '';
    return { username: claims?.username, poolId: iss.slice(iss.lastIndexOf('/') + 1) };
  };
  const owns = (owner: ReturnType<typeof ownerOf>, device: DeviceRecord) => device.username === owner.username && device.poolId === owner.poolId;

  /** The device of an access token's user, for the token-authorized device operations. */
  const ownDevice = (accessToken: unknown, deviceKey: unknown): DeviceRecord => {
    if (typeof deviceKey !== 'string' || deviceKey === '') throw new InvalidParameterError('Missing required parameter DeviceKey');
    const device = devices.get(deviceKey);
    if (!device || !owns(ownerOf(accessToken), device)) throw new ResourceNotFoundError(NO_DEVICE);
    return device;
  };

  const deviceType = (device: DeviceRecord): DeviceType => ({
    DeviceKey: device.key,
    DeviceAttributes: [
      { Name: 'device_status', Value: 'valid' },
      ...(device.name ? [{ Name: 'device_name', Value: device.name }] : []),
      { Name: 'dev:device_remembered_status', Value: device.remembered ? 'remembered' : 'not_remembered' },
      { Name: 'last_ip_used', Value: '127.0.0.1' },
    ],
    DeviceCreateDate: seconds(device.created),
    DeviceLastModifiedDate: seconds(device.modified),
    DeviceLastAuthenticatedDate: seconds(device.lastAuthenticated),
  });

  /** NewDeviceMetadata on a sign-in's tokens, unless the sign-in came from a device the pool knows. */
  async function withNewDevice<T extends InitiateAuthResponse | RespondToAuthChallengeResponse>(
    ctx: Context,
    clientId: string,
    sentDeviceKey: string | undefined,
    response: T,
  ): Promise<T> {
    const result = response.AuthenticationResult;
    if (!result?.AccessToken) return response;
    const claims = decodeJwtPayload(result.AccessToken);
    const known = sentDeviceKey ? devices.get(sentDeviceKey) : undefined;
    if (known?.confirmed && known.username === claims?.username) return response;
    if (!(await configOf(ctx, clientId)) || typeof claims?.username !== 'string') return response;
    const userPool = await poolOf(ctx, clientId);
    const region = userPool.options.Id.split('_')[0];
    const device: DeviceRecord = {
      key: `${region}_${randomUUID()}`,
      groupKey: `-${randomUUID().replace(/-/g, '').slice(0, 9)}`,
      poolId: userPool.options.Id,
      username: claims.username,
      confirmed: false,
      remembered: false,
      created: now(),
      modified: now(),
      lastAuthenticated: now(),
    };
    devices.set(device.key, device);
    return { ...response, AuthenticationResult: { ...result, NewDeviceMetadata: { DeviceKey: device.key, DeviceGroupKey: device.groupKey } } };
  }

  /** After the password checked out: a known device must prove itself first (DEVICE_SRP_AUTH), else the usual sign-in. */
  async function passwordVerified(ctx: Context, req: InitiateAuthRequest): Promise<InitiateAuthResponse> {
    const deviceKey = req.AuthParameters?.DEVICE_KEY;
    const username = req.AuthParameters?.USERNAME ?? '';
    if (deviceKey) {
      const device = await knownDevice(ctx, req.ClientId, username, deviceKey);
      const user = await (await poolOf(ctx, req.ClientId)).getUserByUsername(ctx, username);
      // Only a remembered device is asked to prove itself (what the SDK expects: nothing may follow its proof but
      // tokens); a device that is only tracked signs in as any other, without a new device key.
      if (device.remembered && user?.UserStatus === 'CONFIRMED' && user.Password === req.AuthParameters?.PASSWORD) {
        const Session = randomUUID();
        waiting.set(Session, { clientId: req.ClientId, username: user.Username, deviceKey: device.key, password: user.Password, metadata: req.ClientMetadata });
        return { ChallengeName: 'DEVICE_SRP_AUTH', ChallengeParameters: { USERNAME: user.Username }, Session };
      }
    }
    const { DEVICE_KEY: _sent, ...AuthParameters } = req.AuthParameters ?? {};
    return withNewDevice(ctx, req.ClientId, deviceKey, await emulator('InitiateAuth')(ctx, { ...req, AuthParameters }));
  }

  /** DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER → tokens (remembered device) or the user's MFA (not remembered). */
  async function respond(ctx: Context, req: RespondToAuthChallengeRequest): Promise<RespondToAuthChallengeResponse> {
    const responses = req.ChallengeResponses ?? {};
    const deviceKey = responses.DEVICE_KEY;
    if (!deviceKey || !responses.USERNAME) throw new InvalidParameterError(`${req.ChallengeName} needs USERNAME and DEVICE_KEY`);
    if (req.ChallengeName === 'DEVICE_SRP_AUTH') {
      const signIn = req.Session ? waiting.get(req.Session) : undefined;
      if (!signIn || signIn.clientId !== req.ClientId || signIn.deviceKey !== deviceKey) {
        throw new NotAuthorizedError('Invalid session for the user, session is expired.');
      }
      const device = await knownDevice(ctx, req.ClientId, signIn.username, deviceKey);
      const { B, secretBlock } = verifiers.open(responses.SRP_A, device.groupKey, device.key, device.verifier ?? 0n, req.Session ?? '', now().getTime());
      return {
        ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
        ChallengeParameters: { SRP_B: B.toString(16), SALT: device.saltHex ?? '', SECRET_BLOCK: secretBlock, USERNAME: signIn.username },
        Session: req.Session,
      };
    }
    const proof = verifiers.check(responses, now().getTime());
    const signIn = proof ? waiting.get(proof.session) : undefined;
    if (!proof || !signIn || proof.deviceKey !== deviceKey) throw new NotAuthorizedError('Incorrect username or password.');
    waiting.delete(proof.session);
    const device = await knownDevice(ctx, req.ClientId, signIn.username, deviceKey);
    device.lastAuthenticated = now();
    // Without "remembered devices replace MFA" (ChallengeRequiredOnNewDevice) the proven device still meets the MFA.
    const signedIn: InitiateAuthResponse = await emulator('InitiateAuth')(ctx, {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: req.ClientId,
      AuthParameters: { USERNAME: signIn.username, PASSWORD: signIn.password },
      ClientMetadata: signIn.metadata,
    } satisfies InitiateAuthRequest);
    const skipsMfa = device.remembered && (await configOf(ctx, req.ClientId))?.ChallengeRequiredOnNewDevice === true;
    if (!skipsMfa || signedIn.AuthenticationResult) return signedIn;
    return issueTokens(ctx, req.ClientId, signIn.username);
  }

  /** Tokens without the MFA step: what a remembered device earns. */
  async function issueTokens(ctx: Context, clientId: string, username: string): Promise<RespondToAuthChallengeResponse> {
    const userPool = await poolOf(ctx, clientId);
    const user = await userPool.getUserByUsername(ctx, username);
    const client = await cognito.getAppClient(ctx, clientId);
    if (!user || !client) throw new NotAuthorizedError('Incorrect username or password.');
    const groups = await userPool.listUserGroupMembership(ctx, user);
    const tokens = await services.tokenGenerator.generate(ctx, user, groups, client, undefined, 'Authentication');
    await userPool.storeRefreshToken(ctx, tokens.RefreshToken, user);
    return { ChallengeParameters: {}, AuthenticationResult: tokens };
  }

  interface DeviceRequest {
    AccessToken?: string;
    DeviceKey?: string;
    DeviceSecretVerifierConfig?: { PasswordVerifier?: string; Salt?: string };
    DeviceName?: string;
    DeviceRememberedStatus?: string;
    Limit?: number;
    PaginationToken?: string;
  }

  const targets: Record<string, Route> = {
    ConfirmDevice: async (ctx: Context, req: DeviceRequest) => {
      const device = ownDevice(req.AccessToken, req.DeviceKey);
      const verifier = fromBase64Hex(req.DeviceSecretVerifierConfig?.PasswordVerifier);
      const salt = fromBase64Hex(req.DeviceSecretVerifierConfig?.Salt);
      if (!verifier || !salt) throw new InvalidParameterError('DeviceSecretVerifierConfig needs PasswordVerifier and Salt');
      if (req.DeviceName !== undefined && (req.DeviceName.length < 1 || req.DeviceName.length > 1024)) {
        throw new InvalidParameterError('DeviceName must be 1 to 1024 characters');
      }
      const config = (await configOf(ctx, (decodeJwtPayload(req.AccessToken)?.client_id as string) ?? '')) ?? {};
      const prompt = config.DeviceOnlyRememberedOnUserPrompt === true;
      Object.assign(device, {
        confirmed: true,
        verifier: BigInt(`0x${verifier}`),
        saltHex: salt,
        name: req.DeviceName,
        remembered: !prompt,
        modified: now(),
      });
      return { UserConfirmationNecessary: prompt };
    },
    UpdateDeviceStatus: (_ctx: Context, req: DeviceRequest) => {
      const device = ownDevice(req.AccessToken, req.DeviceKey);
      if (req.DeviceRememberedStatus !== 'remembered' && req.DeviceRememberedStatus !== 'not_remembered') {
        throw new InvalidParameterError("DeviceRememberedStatus must be 'remembered' or 'not_remembered'");
      }
      device.remembered = req.DeviceRememberedStatus === 'remembered';
      device.modified = now();
      return Promise.resolve({});
    },
    GetDevice: (_ctx: Context, req: DeviceRequest) => Promise.resolve({ Device: deviceType(ownDevice(req.AccessToken, req.DeviceKey)) }),
    ForgetDevice: (_ctx: Context, req: DeviceRequest) => {
      devices.delete(ownDevice(req.AccessToken, req.DeviceKey).key);
      return Promise.resolve({});
    },
    ListDevices: (_ctx: Context, req: DeviceRequest) => {
      const owner = ownerOf(req.AccessToken);
      const limit = req.Limit ?? MAX_LIST;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIST) throw new InvalidParameterError(`Limit must be 0 to ${MAX_LIST}`);
      const mine = [...devices.values()].filter((d) => d.confirmed && owns(owner, d));
      const start = req.PaginationToken ? mine.findIndex((d) => d.key === req.PaginationToken) : 0;
      if (start < 0) throw new InvalidParameterError('Invalid PaginationToken');
      const page = mine.slice(start, start + limit);
      const next = mine[start + limit];
      return Promise.resolve({ Devices: page.map(deviceType), ...(next ? { PaginationToken: next.key } : {}) });
    },
  };

  return { targets, passwordVerified, respond, withNewDevice, knownDevice };
}
