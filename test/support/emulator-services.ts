import { UnsupportedError } from 'cognito-local/lib/errors.js';
import { DefaultConfig, type Config } from 'cognito-local/lib/server/config.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Messages } from 'cognito-local/lib/services/messages.js';
import { otp } from 'cognito-local/lib/services/otp.js';
import type { TokenConfig } from 'cognito-local/lib/services/tokenGenerator.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import type { Triggers } from 'cognito-local/lib/services/triggers/triggers.js';
import { AdjustableClock } from './adjustable-clock';
import { withIdentitiesClaim } from './managed-login/identities-claim';
import { AliasUserPoolServiceFactory } from './sign-in-identifiers';

// No Lambda triggers are configured, so this answers exactly as the emulator's TriggersService would, without
// loading its Lambda/KMS clients (aws-sdk v2, slow to load and warns on stderr).
const unavailable = (): Promise<never> => Promise.reject(new UnsupportedError('Lambda triggers are not available'));
const noTriggers: Triggers = {
  enabled: () => false,
  customMessage: unavailable,
  customEmailSender: unavailable,
  postAuthentication: unavailable,
  postConfirmation: unavailable,
  preSignUp: unavailable,
  preTokenGeneration: unavailable,
  userMigration: unavailable,
};

export interface EmulatorServicesOptions {
  ctx: Context;
  /** Where cognito-local keeps clients.json and one <poolId>.json per pool. */
  dataDir: string;
  messages: Messages;
  /** Read on every token issue, so the issuer can be set once the port is known. */
  tokenConfig: TokenConfig;
  host: string;
  port: number;
}

/**
 * The same services cognito-local's createDefaultServer builds, minus its cwd-relative config and console sender,
 * with user pools that follow Cognito's username case rule (see username-case.ts), and a clock tests can move.
 */
export async function createEmulatorServices(options: EmulatorServicesOptions): Promise<Services & { clock: AdjustableClock }> {
  const { ctx, dataDir, messages, tokenConfig, host, port } = options;
  const config: Config = {
    ...DefaultConfig,
    TriggerFunctions: {},
    UserPoolDefaults: { UsernameAttributes: ['email'] },
    TokenConfig: tokenConfig,
    ServerConfig: { hostname: host, port, development: false, https: false },
  };
  const clock = new AdjustableClock();
  const dataStoreFactory = new StormDBDataStoreFactory(dataDir);
  const cognito = await new CognitoServiceFactoryImpl(
    dataDir,
    dataStoreFactory,
    new AliasUserPoolServiceFactory(clock, dataStoreFactory),
  ).create(ctx, config.UserPoolDefaults);
  return {
    clock,
    cognito,
    config,
    messages,
    otp,
    tokenGenerator: withIdentitiesClaim(new JwtTokenGenerator(clock, noTriggers, tokenConfig)),
    triggers: noTriggers,
  };
}
