import { InvalidParameterError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { selectAppropriateDeliveryMethod } from 'cognito-local/lib/services/messageDelivery/deliveryMethod.js';
import type { DeliveryDetails } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';

export interface ResendConfirmationCodeRequest {
  ClientId: string;
  Username: string;
  ClientMetadata?: Record<string, string>;
}

export interface ResendConfirmationCodeResponse {
  CodeDeliveryDetails: DeliveryDetails;
}

/**
 * A code other than `previous`: a resend that mailed the old code again would let a test of "the old code is
 * refused" pass without checking anything. Only the emulator's `CODE` variable (every code fixed) can force a
 * repeat, and then the caller asked for it.
 */
export function freshCode(otp: () => string, previous: string | undefined): string {
  let code = otp();
  for (let attempt = 0; code === previous && attempt < 10; attempt++) code = otp();
  return code;
}

/**
 * A new sign-up code replaces the old one on the user record, where the emulator's ConfirmSignUp looks, so the
 * old code stops working (one live code per user, as the kit's "Send a new code" step expects).
 */
export const resendConfirmationCode =
  ({ cognito, clock, messages, otp }: Pick<Services, 'cognito' | 'clock' | 'messages' | 'otp'>) =>
  async (ctx: Context, req: ResendConfirmationCodeRequest): Promise<ResendConfirmationCodeResponse> => {
    if (!req.Username) throw new InvalidParameterError('Missing required parameter Username');
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError('Username/client id combination not found.');
    if (user.UserStatus !== 'UNCONFIRMED') throw new InvalidParameterError('User is already confirmed.');
    const deliveryDetails = selectAppropriateDeliveryMethod(userPool.options.AutoVerifiedAttributes ?? [], user);
    if (!deliveryDetails) throw new InvalidParameterError('Auto verification not turned on.');

    const code = freshCode(otp, user.ConfirmationCode);
    // Stored before delivery so a code read from the inbox is always the one ConfirmSignUp expects.
    await userPool.saveUser(ctx, { ...user, ConfirmationCode: code, UserLastModifiedDate: clock.get() });
    await messages.deliver(
      ctx,
      'ResendCode',
      req.ClientId,
      userPool.options.Id,
      user,
      code,
      req.ClientMetadata,
      deliveryDetails,
    );
    return { CodeDeliveryDetails: deliveryDetails };
  };
