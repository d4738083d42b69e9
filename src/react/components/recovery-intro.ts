import type { LoginMechanism } from '../../core/config.js';
import type { StepMessages } from '../step-messages.js';

type IntroMessages = Pick<
  StepMessages,
  'forgotPasswordIntro' | 'forgotPasswordPhoneIntro' | 'forgotPasswordUsernameIntro' | 'forgotPasswordNeutralIntro' | 'passwordResetRequiredIntro' | 'passwordResetRequiredNeutralIntro'
>;

/**
 * The reset's introduction for what the pool signs in with. Cognito's account recovery setting, not the kit, picks
 * where the code goes: only an email-only pool (where the kit always said so) is told "email".
 */
export function forgotPasswordIntro(messages: IntroMessages, mechanisms: readonly LoginMechanism[]): string {
  if (mechanisms.length > 1) return messages.forgotPasswordNeutralIntro;
  if (mechanisms[0] === 'phone_number') return messages.forgotPasswordPhoneIntro;
  return mechanisms[0] === 'email' ? messages.forgotPasswordIntro : messages.forgotPasswordUsernameIntro;
}

/** Cognito demands a new password at sign-in: the code's medium is not known yet. */
export const passwordResetRequiredIntro = (messages: IntroMessages, mechanisms: readonly LoginMechanism[]): string =>
  mechanisms.join() === 'email' ? messages.passwordResetRequiredIntro : messages.passwordResetRequiredNeutralIntro;
