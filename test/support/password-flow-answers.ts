import { NotAuthorizedError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';

const codeAndMessage = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return `${String(code)}: ${String(message)}`;
};

/**
 * Cognito's answers where the emulator's own password checks word them otherwise: a wrong password (at
 * USER_PASSWORD_AUTH sign-in, or as ChangePassword's PreviousPassword) is NotAuthorizedException "Incorrect username
 * or password." (the emulator: InvalidPasswordException "Invalid password", which in Cognito only means a password
 * the policy refuses); an unknown user at sign-in is UserNotFoundException "User does not exist." (the emulator:
 * NotAuthorizedException "User not authorized"), as Cognito answers where the app client does not hide users
 * (user-existence-errors.ts handles the client that does, before this).
 */
export function withCognitoPasswordAnswers(route: Route): Route {
  return async (ctx: Context, req: unknown) => {
    try {
      return await route(ctx, req);
    } catch (error) {
      const answer = codeAndMessage(error);
      if (answer === 'InvalidPasswordException: Invalid password') throw new NotAuthorizedError('Incorrect username or password.');
      if (answer === 'NotAuthorizedException: User not authorized' && (req as { AuthFlow?: string }).AuthFlow === 'USER_PASSWORD_AUTH') {
        throw new UserNotFoundError('User does not exist.');
      }
      throw error;
    }
  };
}
