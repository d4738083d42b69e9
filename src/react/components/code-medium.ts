import type { LoginMechanism } from '../../core/config.js';
import type { CodeDelivery } from '../../core/types.js';
import { identifierKind } from '../fields/identifier-kind.js';
import type { StepMessages } from '../step-messages.js';

/** Where a code step's code went: an email, or a text message to a phone. */
export type CodeMedium = 'email' | 'sms';

/**
 * Cognito's own word on where the code went (SignUp's and ResendConfirmationCode's CodeDeliveryDetails) wins; without
 * it (an unconfirmed user met at sign-in, a step kept before the medium was) the identifier says it: a phone number
 * gets texts, anything else is taken as email, as the kit always said.
 */
export function codeMedium(delivery: CodeDelivery | undefined, identifier: string, mechanisms: readonly LoginMechanism[]): CodeMedium {
  if (delivery?.medium === 'SMS') return 'sms';
  if (delivery?.medium === 'EMAIL') return 'email';
  return identifierKind(identifier, mechanisms) === 'phone_number' ? 'sms' : 'email';
}

type MediumMessages = Pick<
  StepMessages,
  | 'confirmTitle' | 'confirmPhoneTitle' | 'codeHint' | 'phoneCodeHint' | 'changeEmail' | 'changePhone' | 'confirmedTitle' | 'confirmedPhoneTitle'
  | 'confirmedSignIn' | 'confirmedPhoneSignIn' | 'notConfirmedIntro' | 'notConfirmedPhoneIntro' | 'codeRequired' | 'phoneCodeRequired'
>;

/** A code step's words that name where the code went, for that medium. */
export function codeStepText(messages: MediumMessages, medium: CodeMedium) {
  const sms = medium === 'sms';
  return {
    title: sms ? messages.confirmPhoneTitle : messages.confirmTitle,
    hint: sms ? messages.phoneCodeHint : messages.codeHint,
    change: sms ? messages.changePhone : messages.changeEmail,
    confirmedTitle: sms ? messages.confirmedPhoneTitle : messages.confirmedTitle,
    confirmedSignIn: sms ? messages.confirmedPhoneSignIn : messages.confirmedSignIn,
    notConfirmedIntro: sms ? messages.notConfirmedPhoneIntro : messages.notConfirmedIntro,
    codeRequired: sms ? messages.phoneCodeRequired : messages.codeRequired,
  };
}
