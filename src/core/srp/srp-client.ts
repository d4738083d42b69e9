import { chooseSrpEngine, type ChosenSrpEngine } from './choose-srp-engine.js';
import type { DeviceVerifier } from './device-verifier.js';
import type { SignInSrp, SrpEngineInfo } from './srp-engine.js';
import { cspRefusals, startSrpWorker } from './start-srp-worker.js';

// One engine per page, chosen the first time SRP is needed (LoginForm asks as it mounts): the worker, or the
// sliced main thread where no worker can start.
let chosen: ChosenSrpEngine | undefined;
const engine = () => (chosen ??= chooseSrpEngine({ createWorker: typeof Worker === 'function' ? startSrpWorker : undefined, refusals: cspRefusals }));

/** Starts the engine and the first A now, so "Sign in" sends its request at once. */
export const prepareSrp = (): void => engine().prepare();
/** An SRP session for a sign-in (or a device's proof): A now, the signature once Cognito's challenge is in. */
export const startSignInSrp = (): Promise<SignInSrp> => engine().startSession();
export const createDeviceVerifier = (deviceGroupKey: string, deviceKey: string): Promise<DeviceVerifier> => engine().deviceVerifier(deviceGroupKey, deviceKey);
export const srpEngineInfo = (): Promise<SrpEngineInfo> => engine().info();
