import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { allowsUserAuth } from './sign-in-policy';
import { SignInSessions } from './sign-in-sessions';

interface ConfirmSignUpRequest {
  ClientId: string;
  Username: string;
  /** SignUp's `Session` (API reference: "The optional session ID from a SignUp API request"). */
  Session?: string;
}

interface SignUpRequest {
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
  private readonly signUps: SignInSessions<SignUpSession>;

  constructor({ clock }: Pick<Services, 'clock'>) {
    this.sessions = new SignInSessions<SignUpSession>(() => clock.get().getTime());
    this.signUps = new SignInSessions<SignUpSession>(() => clock.get().getTime());
  }

  /**
   * SignUp answering with a Session when the app client allows USER_AUTH (API reference, SignUp response: "A session
   * Id that you can pass to ConfirmSignUp when you want to immediately sign in your user with the USER_AUTH flow").
   */
  signingUp({ cognito }: Pick<Services, 'cognito'>, route: Route): Route {
    return async (ctx: Context, req: SignUpRequest) => {
      const result = (await route(ctx, req)) as Record<string, unknown>;
      const client = await cognito.getAppClient(ctx, req.ClientId);
      if (!allowsUserAuth(client)) return result;
      return { ...result, Session: this.signUps.open({ clientId: req.ClientId, username: req.Username.toLowerCase() }) };
    };
  }

  /** The SignUp session a ConfirmSignUp carries, once, for its client and user; anything else carries none. */
  private signedUp(req: ConfirmSignUpRequest): boolean {
    if (!req.Session || !this.signUps.isOurs(req.Session)) return false;
    try {
      const state = this.signUps.get(req.Session, req.ClientId);
      this.signUps.close(req.Session);
      return state.username === req.Username.toLowerCase();
    } catch {
      return false;
    }
  }

  /** ConfirmSignUp answering with a Session: only when it carries the Session its SignUp gave. */
  confirming({ cognito }: Pick<Services, 'cognito'>, route: Route): Route {
    return async (ctx: Context, req: ConfirmSignUpRequest) => {
      const result = (await route(ctx, req)) as Record<string, unknown>;
      const client = await cognito.getAppClient(ctx, req.ClientId);
      if (!allowsUserAuth(client) || !this.signedUp(req)) return result;
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
