import type { LoginMechanism } from '../../core/config.js';
import type { CodeDelivery } from '../../core/types.js';
import { identifierKind } from '../fields/identifier-kind.js';
import type { StepMessages } from '../step-messages.js';

type MediumMessages = Pick<
  StepMessages,
  | 'confirmTitle' | 'confirmPhoneTitle' | 'codeHint' | 'phoneCodeHint' | 'changeEmail' | 'changePhone' | 'confirmedTitle' | 'confirmedPhoneTitle'
  | 'confirmedSignIn' | 'confirmedPhoneSignIn' | 'notConfirmedIntro' | 'notConfirmedPhoneIntro' | 'codeRequired' | 'phoneCodeRequired'
>;

/**
 * A code step's strings for where its code went: after a text message, the email keys (confirmTitle, codeHint,
 * changeEmail…) read as their phone twins. Cognito's own word (CodeDeliveryDetails' DeliveryMedium) wins; without it
 * (an unconfirmed user met at sign-in, a step kept before the medium was) the identifier says it: a phone number gets
 * texts, anything else is taken as email, as the kit always said.
 */
export function forCodeMedium<M extends MediumMessages>(messages: M, delivery: CodeDelivery | undefined, identifier: string, mechanisms: readonly LoginMechanism[]): M {
  const sms = delivery?.medium ? delivery.medium === 'SMS' : identifierKind(identifier, mechanisms) === 'phone_number';
  return sms
    ? {
        ...messages,
        confirmTitle: messages.confirmPhoneTitle,
        codeHint: messages.phoneCodeHint,
        changeEmail: messages.changePhone,
        confirmedTitle: messages.confirmedPhoneTitle,
        confirmedSignIn: messages.confirmedPhoneSignIn,
        notConfirmedIntro: messages.notConfirmedPhoneIntro,
        codeRequired: messages.phoneCodeRequired,
      }
    : messages;
}
