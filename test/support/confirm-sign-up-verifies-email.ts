import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';

interface ConfirmSignUpRequest {
  ClientId: string;
  Username: string;
}

/**
 * Cognito marks the email verified when a sign-up code (sent to that email) is confirmed; the emulator
 * confirms the user but leaves `email_verified` unset, so the id token would lack it.
 */
export function confirmSignUpVerifyingEmail(services: Services, emulatorConfirm: Route): Route {
  return async (ctx: Context, req: ConfirmSignUpRequest) => {
    const result: unknown = await emulatorConfirm(ctx, req);
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (user && user.Attributes.some((a) => a.Name === 'email')) {
      await userPool.saveUser(ctx, {
        ...user,
        Attributes: [...user.Attributes.filter((a) => a.Name !== 'email_verified'), { Name: 'email_verified', Value: 'true' }],
      });
    }
    return result;
  };
}
