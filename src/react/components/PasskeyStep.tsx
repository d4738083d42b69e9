'use client';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';
import { OtherWays } from './OtherWays.js';

const noFields = [] as const;

/**
 * USER_AUTH's WEB_AUTHN: the button asks the browser for the passkey (a press, since Safari allows WebAuthn only from
 * one). A cancelled or missing passkey says so, focus on the message, with the other ways right below.
 */
export function PasskeyStep({ step, messages, onResult, className }: ChallengeStepFormProps & { step: { step: 'passkey'; options: import('../../core/types.js').FirstFactor[] } }) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(noFields, messages);

  return (
    <AuthFormFrame
      title={messages.passkeyTitle}
      onSubmit={() => feedback.send(answer.mutate, { kind: 'passkey' }, onResult)}
      className={className}
      step="passkey"
    >
      <p className="rck-intro">{messages.passkeyIntro}</p>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <SubmitButton pending={answer.isPending} label={messages.usePasskey} pendingLabel={messages.usingPasskey} />
      <OtherWays options={step.options} current="WEB_AUTHN" messages={messages} answer={answer} onResult={onResult} onError={feedback.showAuthError} />
    </AuthFormFrame>
  );
}
