'use client';
import type { ChallengeStep, MfaFactor, NextStep } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import type { FormMessages } from '../form-messages.js';
import type { PasswordlessMessages } from '../passwordless-messages.js';
import type { StepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { EmailSetupStep } from './EmailSetupStep.js';
import { MfaCodeStep } from './MfaCodeStep.js';
import { NewPasswordStep } from './NewPasswordStep.js';
import { PasskeyStep } from './PasskeyStep.js';
import { PasswordStep } from './PasswordStep.js';
import { SelectChallengeStep } from './SelectChallengeStep.js';
import { SignInCodeStep } from './SignInCodeStep.js';
import { SelectMfaStep } from './SelectMfaStep.js';
import { TotpSetupStep } from './TotpSetupStep.js';

export interface ChallengeStepFormProps {
  step: ChallengeStep;
  messages: FormMessages & StepMessages & PasswordlessMessages;
  onResult: (step: NextStep) => void;
  /** Starts the sign-in again for a fresh challenge session (Cognito ends one after a wrong MFA code). */
  restart: () => void;
  /** Remembers the MFA the user picked, so a restart after a wrong code can pick it again. */
  onMfaChosen?: (mfa: MfaFactor) => void;
  /** Who is signing in (the email typed): the account an authenticator app lists, the address email MFA starts from. */
  account?: string;
  className?: string;
}

/** What Cognito asks for between the password and the session: a new password, an MFA code or choice. */
export function ChallengeStepForm(props: ChallengeStepFormProps) {
  switch (props.step.step) {
    case 'newPasswordRequired':
      return <NewPasswordStep {...props} step={props.step} />;
    case 'smsMfa':
    case 'totpMfa':
    case 'emailMfa':
      return <MfaCodeStep {...props} />;
    case 'selectMfa':
      return <SelectMfaStep {...props} options={props.step.options} />;
    case 'mfaSetup':
      return <SelectMfaStep {...props} options={props.step.options} setup />;
    case 'totpSetup':
      return <TotpSetupStep {...props} step={props.step} />;
    case 'emailSetup':
      return <EmailSetupStep {...props} />;
    case 'selectChallenge':
      return <SelectChallengeStep {...props} options={props.step.options} />;
    case 'emailOtp':
    case 'smsOtp':
      return <SignInCodeStep {...props} step={props.step} />;
    case 'passkey':
      return <PasskeyStep {...props} step={props.step} />;
    case 'password':
      return <PasswordStep {...props} step={props.step} />;
    default:
      return (
        <AuthFormFrame title={props.messages.signInTitle} onSubmit={() => undefined} className={props.className} step={props.step.step}>
          <FormAlert message={props.messages.unsupportedStep} />
        </AuthFormFrame>
      );
  }
}
