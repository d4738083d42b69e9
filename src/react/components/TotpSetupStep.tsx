'use client';
import { totpUri } from './totp-uri.js';
import type { ChallengeStep } from '../../core/types.js';
import { CodeField, readCode } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { RememberDeviceField, readRememberDevice } from '../fields/RememberDeviceField.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';
import { TotpSecret } from './TotpSecret.js';

const fields = ['code'] as const;

/** MFA set-up at sign-in with an authenticator app: the secret to add, then its first code finishes the sign-in. */
export function TotpSetupStep({ step, messages, onResult, account, className }: ChallengeStepFormProps & { step: Extract<ChallengeStep, { step: 'totpSetup' }> }) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(fields, messages);
  const askToRemember = useAuthClient().config.rememberDevice === 'ask';

  const submit = (form: HTMLFormElement) => {
    const code = readCode(form, feedback, { codeRequired: messages.totpCodeRequired });
    if (code === null) return;
    feedback.send(answer.mutate, { kind: 'mfaCode', code, rememberDevice: readRememberDevice(form) }, onResult);
  };

  return (
    <AuthFormFrame title={messages.mfaSetupTitle} onSubmit={submit} className={className} step="totpSetup">
      <p className="rck-intro">{messages.totpSetupStepIntro}</p>
      <TotpSecret uri={totpUri(step.secret, account ?? '', messages.totpIssuer)} secret={step.secret} qrLabel={messages.totpQrLabel} secretLabel={messages.totpSecretLabel} />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <CodeField
        name="code"
        label={messages.mfaCodeLabel}
        description={messages.totpCodeHint}
        required
        error={feedback.fieldErrors.code}
        inputRef={feedback.inputRef('code')}
      />
      {askToRemember ? <RememberDeviceField label={messages.rememberDeviceLabel} /> : null}
      <SubmitButton pending={answer.isPending} label={messages.verifyButton} pendingLabel={messages.verifying} />
    </AuthFormFrame>
  );
}
