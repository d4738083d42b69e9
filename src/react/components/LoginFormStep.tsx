'use client';
import { useRef, type RefObject } from 'react';
import type { MfaFactor, NextStep, Session } from '../../core/types.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import type { useLogin } from '../hooks/useLogin.js';
import type { FormMessages } from '../form-messages.js';
import type { MessageOverrides } from '../messages.js';
import type { StepModules } from './load-step-modules.js';
import { PasskeyOffer } from './PasskeyOffer.js';
import type { LoginStepView } from './LoginForm.js';

export interface LoginFormStepProps {
  view: LoginStepView;
  messages: FormMessages;
  overrides: MessageOverrides | undefined;
  className: string | undefined;
  onSignedIn: ((session: Session) => void) | undefined;
  onNextStep: ((step: NextStep) => void) | undefined;
  onResult: (step: NextStep) => void;
  back: () => void;
  email: RefObject<string>;
  /** In LoginForm's memory only, to sign in straight after an unconfirmed user confirms; never rendered. */
  password: RefObject<string | undefined>;
  login: ReturnType<typeof useLogin>;
}

/** LoginForm's view once Cognito asked for more than the credentials: it ships with the steps it shows. */
export function LoginFormStep({ view, messages, overrides, className, onSignedIn, onNextStep, onResult, back, email, password, login }: LoginFormStepProps) {
  const answer = useAnswerChallenge();
  // Stays mounted from one challenge to the next (only going back to the credentials ends it).
  const chosenMfa = useRef<MfaFactor | undefined>(undefined);
  // The steps' own strings came with them; the app's overrides (in `messages`) still win.
  const withStepMessages = (steps: StepModules) => ({ ...steps.stepMessages, ...messages });

  // After a wrong MFA code Cognito ends the challenge session: get a fresh one with the same credentials.
  // If the user had picked an MFA, pick it again, so they stay on the code step with the error in view.
  const restart = () => {
    if (!password.current) return;
    login.mutate(
      { email: email.current, password: password.current },
      {
        onSuccess: (step) => {
          if (step.step === 'selectMfa' && chosenMfa.current) answer.mutate({ kind: 'selectMfa', mfa: chosenMfa.current }, { onSuccess: onResult });
          else onResult(step);
        },
      },
    );
  };

  if (view.name === 'challenge') {
    return (
      <view.steps.ChallengeStepForm
        key={view.step.step}
        step={view.step}
        messages={withStepMessages(view.steps)}
        onResult={onResult}
        restart={restart}
        onMfaChosen={(mfa) => (chosenMfa.current = mfa)}
        account={email.current}
        className={className}
      />
    );
  }

  if (view.name === 'offerPasskey') {
    return <PasskeyOffer messages={withStepMessages(view.steps)} onDone={view.done} className={className} />;
  }

  if (view.name === 'resetPassword') {
    return (
      <view.steps.ForgotPasswordForm
        defaultEmail={view.email}
        intro={withStepMessages(view.steps).passwordResetRequiredIntro}
        onSignedIn={onSignedIn}
        onNextStep={onNextStep}
        onBackToSignIn={back}
        messages={overrides}
        className={className}
      />
    );
  }

  return (
    <view.steps.ConfirmSignUpStep
      email={view.email}
      password={password.current}
      delivery={view.delivery}
      flow="signIn"
      intro={(strings) => strings.notConfirmedIntro}
      messages={withStepMessages(view.steps)}
      onResult={onResult}
      onCancel={back}
      className={className}
    />
  );
}
