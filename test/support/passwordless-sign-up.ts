import { InvalidParameterError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { allowsPasswordlessSignUp, unknowablePassword } from './sign-in-policy';

interface SignUpRequest {
  ClientId: string;
  Password?: string;
}

/**
 * SignUp without a password (API reference, SignUp's Password: "Users can sign up without a password when your user
 * pool supports passwordless sign-in with email or SMS OTPs. To create a user with no password, omit this parameter or
 * submit a blank value. You can only create a passwordless user when passwordless sign-in is available."). Such a user
 * gets a password nobody knows (sign-in-policy.ts), so every password sign-in fails for them; a pool without email or
 * SMS codes as a first factor refuses the request.
 */
export function passwordlessSignUp({ cognito }: Pick<Services, 'cognito'>, withPassword: Route, emulatorSignUp: Route): Route {
  return async (ctx: Context, req: SignUpRequest) => {
    if (typeof req.Password === 'string' && req.Password !== '') return withPassword(ctx, req);
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    if (!allowsPasswordlessSignUp(userPool.options)) throw new InvalidParameterError('Password is required: this user pool does not allow sign-in without a password.');
    return emulatorSignUp(ctx, { ...req, Password: unknowablePassword() });
  };
}
