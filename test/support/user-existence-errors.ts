import { CodeMismatchError, NotAuthorizedError } from 'cognito-local/lib/errors.js';
import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';

interface ByUsername {
  ClientId: string;
  Username?: string;
  AuthFlow?: string;
  AuthParameters?: { USERNAME?: string };
}

/** What the operation does for a user the pool does not have, when the app client hides that. */
export type ExistenceHiding = 'signIn' | 'codeRequest' | 'codeConfirmation';

/** `t***@e***`: how Cognito masks an email address in CodeDeliveryDetails. */
export function maskedEmail(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

/**
 * An app client's PreventUserExistenceErrors (developer guide, "Managing user existence error responses"). ENABLED:
 * for a user the pool does not have, sign-in answers as for a wrong password (NotAuthorizedException "Incorrect
 * username or password."), ForgotPassword and ResendConfirmationCode answer as if a code had been sent (simulated
 * CodeDeliveryDetails), and ConfirmForgotPassword / ConfirmSignUp as for a wrong code (CodeMismatchException).
 * LEGACY (what the API sets when the request names none) leaves the emulator's answers, UserNotFoundException and
 * its kin. The SRP flow (srp-auth-flow.ts) never reveals a user, as a client with the setting on.
 */
export function hidingUserExistence({ cognito }: Pick<Services, 'cognito'>, hiding: ExistenceHiding, route: Route): Route {
  return async (ctx: Context, req: ByUsername) => {
    if (hiding === 'signIn' && req.AuthFlow !== 'USER_PASSWORD_AUTH') return route(ctx, req);
    const username = hiding === 'signIn' ? req.AuthParameters?.USERNAME : req.Username;
    const client = req.ClientId ? await cognito.getAppClient(ctx, req.ClientId) : null;
    if (!username || client?.PreventUserExistenceErrors !== 'ENABLED') return route(ctx, req);
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    if (await userPool.getUserByUsername(ctx, username)) return route(ctx, req);
    if (hiding === 'signIn') throw new NotAuthorizedError('Incorrect username or password.');
    if (hiding === 'codeConfirmation') throw new CodeMismatchError();
    return { CodeDeliveryDetails: { Destination: maskedEmail(username), DeliveryMedium: 'EMAIL', AttributeName: 'email' } };
  };
}

const HIDING: Readonly<Record<string, ExistenceHiding>> = {
  InitiateAuth: 'signIn',
  ForgotPassword: 'codeRequest',
  ResendConfirmationCode: 'codeRequest',
  ConfirmSignUp: 'codeConfirmation',
  ConfirmForgotPassword: 'codeConfirmation',
};

/** `router` with the operations that take a username answering per the app client's PreventUserExistenceErrors. */
export function withUserExistenceHidden(router: Router, services: Pick<Services, 'cognito'>): Router {
  return (target) => {
    const hiding = HIDING[target];
    return hiding ? hidingUserExistence(services, hiding, router(target)) : router(target);
  };
}
