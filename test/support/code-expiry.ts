import { ExpiredCodeError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Messages } from 'cognito-local/lib/services/messages.js';

/**
 * How long Cognito's emailed codes work (developer guide): a sign-up confirmation code 24 hours ("Signing up and
 * confirming user accounts"), a password reset code one hour ("Forgot password"). After that the right code is
 * refused with ExpiredCodeException.
 */
export const CODE_LIFETIMES_MS = {
  signUp: 24 * 60 * 60 * 1000,
  forgotPassword: 60 * 60 * 1000,
} as const;

type CodeKind = keyof typeof CODE_LIFETIMES_MS;

const kindOfSource: Partial<Record<Parameters<Messages['deliver']>[1], CodeKind>> = {
  SignUp: 'signUp',
  ResendCode: 'signUp',
  ForgotPassword: 'forgotPassword',
};

interface ConfirmRequest {
  ClientId: string;
  Username: string;
  ConfirmationCode: string;
}

/** When each user's sign-up and reset codes were sent, by the emulator's clock. */
export class IssuedCodes {
  private readonly sent = new Map<string, number>();

  private static key(userPoolId: string, username: string, kind: CodeKind, code: string): string {
    return `${userPoolId} ${username} ${kind} ${code}`;
  }

  /** `messages` noting each code it delivers. */
  recording(messages: Messages, now: () => number): Messages {
    return {
      deliver: async (ctx, source, clientId, userPoolId, user, code, clientMetadata, deliveryDetails) => {
        const kind = kindOfSource[source];
        if (kind) this.sent.set(IssuedCodes.key(userPoolId, user.Username, kind, code), now());
        return messages.deliver(ctx, source, clientId, userPoolId, user, code, clientMetadata, deliveryDetails);
      },
    };
  }

  /**
   * ConfirmSignUp / ConfirmForgotPassword: the emulator's own check (a wrong code is CodeMismatchException), but the
   * code the user holds is refused once its lifetime is over.
   */
  expiring(kind: CodeKind, { cognito, clock }: Pick<Services, 'cognito' | 'clock'>, route: Route): Route {
    return async (ctx: Context, req: ConfirmRequest) => {
      const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
      const user = req.Username ? await userPool.getUserByUsername(ctx, req.Username) : null;
      if (user && user.ConfirmationCode === req.ConfirmationCode) {
        const sentAt = this.sent.get(IssuedCodes.key(userPool.options.Id, user.Username, kind, req.ConfirmationCode));
        if (sentAt !== undefined && clock.get().getTime() >= sentAt + CODE_LIFETIMES_MS[kind]) throw new ExpiredCodeError();
      }
      return route(ctx, req);
    };
  }
}
