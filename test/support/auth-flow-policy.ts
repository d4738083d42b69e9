import { InvalidParameterError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';

/**
 * CreateUserPoolClient, ExplicitAuthFlows: "If you don't specify a value for ExplicitAuthFlows, your app client
 * supports ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH."
 */
export const DEFAULT_EXPLICIT_AUTH_FLOWS: readonly string[] = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** The ExplicitAuthFlows value each AuthFlow needs. REFRESH_TOKEN_AUTH needs none (rotation is refresh-token-rotation.ts's). */
const NEEDS: Readonly<Record<string, string>> = {
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  USER_AUTH: 'ALLOW_USER_AUTH',
  CUSTOM_AUTH: 'ALLOW_CUSTOM_AUTH',
  ADMIN_USER_PASSWORD_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  ADMIN_NO_SRP_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
};

/**
 * Cognito's refusals, worded differently per flow, as apps quote them from AWS (InvalidParameterException each).
 * USER_AUTH's is the harness's own by analogy: AWS quotes none.
 */
const REFUSED: Readonly<Record<string, string>> = {
  USER_SRP_AUTH: 'USER_SRP_AUTH is not enabled for the client.',
  USER_PASSWORD_AUTH: 'USER_PASSWORD_AUTH flow not enabled for this client',
  USER_AUTH: 'USER_AUTH flow not enabled for this client',
  CUSTOM_AUTH: 'CUSTOM_AUTH is not enabled for the client.',
  ADMIN_USER_PASSWORD_AUTH: 'Auth flow not enabled for this client',
  ADMIN_NO_SRP_AUTH: 'Auth flow not enabled for this client',
};

/** What Cognito answers a CUSTOM_AUTH the client allows when the pool has no DefineAuthChallenge trigger: the harness runs no Lambdas. */
export const NO_CUSTOM_AUTH_TRIGGER = 'Custom auth lambda trigger is not configured for the user pool.';

/**
 * The client's flows in ALLOW_ terms. Legacy lists (values without ALLOW_, which AWS never mixes with ALLOW_ ones)
 * always allowed SRP, custom auth and refresh, and named only what they added, or CUSTOM_AUTH_FLOW_ONLY.
 */
export function allowedAuthFlows(explicitAuthFlows: readonly string[] | undefined): readonly string[] {
  const flows = explicitAuthFlows ?? [];
  if (flows.length === 0) return DEFAULT_EXPLICIT_AUTH_FLOWS;
  if (flows.some((flow) => flow.startsWith('ALLOW_'))) return flows;
  if (flows.includes('CUSTOM_AUTH_FLOW_ONLY')) return ['ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
  return [
    ...DEFAULT_EXPLICIT_AUTH_FLOWS,
    ...(flows.includes('USER_PASSWORD_AUTH') ? ['ALLOW_USER_PASSWORD_AUTH'] : []),
    ...(flows.includes('ADMIN_NO_SRP_AUTH') ? ['ALLOW_ADMIN_USER_PASSWORD_AUTH'] : []),
  ];
}

/** InvalidParameterException with Cognito's text when the app client does not allow `authFlow`. */
export function assertAuthFlowAllowed(client: Pick<AppClient, 'ExplicitAuthFlows'>, authFlow: string | undefined): void {
  const needed = authFlow === undefined ? undefined : NEEDS[authFlow];
  if (authFlow === undefined || needed === undefined) return;
  if (!allowedAuthFlows(client.ExplicitAuthFlows).includes(needed)) throw new InvalidParameterError(REFUSED[authFlow]);
}

interface AuthRequest {
  ClientId?: string;
  AuthFlow?: string;
}

function checked({ cognito }: Pick<Services, 'cognito'>, route: Route): Route {
  return async (ctx: Context, req: AuthRequest) => {
    // An unknown client stays the route's ResourceNotFoundException, as in Cognito, before the flow is looked at.
    const client = req.ClientId ? await cognito.getAppClient(ctx, req.ClientId) : null;
    if (!client) return route(ctx, req);
    assertAuthFlowAllowed(client, req.AuthFlow);
    if (req.AuthFlow === 'CUSTOM_AUTH') throw new InvalidParameterError(NO_CUSTOM_AUTH_TRIGGER);
    return route(ctx, req);
  };
}

/**
 * InitiateAuth and AdminInitiateAuth refused, as Cognito refuses them, for a flow the app client's ExplicitAuthFlows
 * do not allow. Only for requests from outside: the emulated managed login page signs in with the password through
 * the inner router, as Cognito's own login pages do whatever the client's ExplicitAuthFlows.
 */
export function withAuthFlowPolicy(router: Router, services: Pick<Services, 'cognito'>): Router {
  return (target) => (target === 'InitiateAuth' || target === 'AdminInitiateAuth' ? checked(services, router(target)) : router(target));
}
