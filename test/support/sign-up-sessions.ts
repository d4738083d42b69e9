import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { allowsUserAuth } from './sign-in-policy';
import { SignInSessions } from './sign-in-sessions';

interface ConfirmSignUpRequest {
  ClientId: string;
  Username: string;
}

interface SignUpSession {
  readonly clientId: string;
  readonly username: string;
}

/**
 * ConfirmSignUp's `Session` (API reference: "A session identifier that you can use to immediately sign in the confirmed
 * user"): handed out when the app client allows USER_AUTH, and redeemed once by `InitiateAuth USER_AUTH` with the same
 * user, within the sign-in session lifetime (InitiateAuth: "only valid for users who have confirmed their sign-up and
 * are signing in for the first time within the authentication flow session duration"). The confirmed code counts as
 * the first factor, so no further challenge follows.
 */
export class SignUpSessions {
  private readonly sessions: SignInSessions<SignUpSession>;

  constructor({ clock }: Pick<Services, 'clock'>) {
    this.sessions = new SignInSessions<SignUpSession>(() => clock.get().getTime());
  }

  /** ConfirmSignUp answering with a Session. */
  confirming({ cognito }: Pick<Services, 'cognito'>, route: Route): Route {
    return async (ctx: Context, req: ConfirmSignUpRequest) => {
      const result = (await route(ctx, req)) as Record<string, unknown>;
      const client = await cognito.getAppClient(ctx, req.ClientId);
      if (!allowsUserAuth(client)) return result;
      const user = await (await cognito.getUserPoolForClientId(ctx, req.ClientId)).getUserByUsername(ctx, req.Username);
      if (!user) return result;
      return { ...result, Session: this.sessions.open({ clientId: req.ClientId, username: user.Username }) };
    };
  }

  isOurs(session: unknown): boolean {
    return this.sessions.isOurs(session);
  }

  /** The user the session was for, once: NotAuthorizedException for a used, expired or other client's session. */
  redeem(session: unknown, clientId: string): SignUpSession {
    const state = this.sessions.get(session, clientId);
    this.sessions.close(session as string);
    return state;
  }
}
