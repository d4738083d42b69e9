'use client';
import { useId } from 'react';
import type { MfaFactor } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import type { StepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';

const choiceFields = ['mfa'] as const;

const optionLabel = (option: MfaFactor, messages: StepMessages) =>
  option === 'SMS_MFA' ? messages.smsOption : option === 'EMAIL_OTP' ? messages.emailOption : messages.totpOption;

/** Which factor to be asked for (selectMfa), or, with `setup`, which to set up when the pool requires MFA. */
export function SelectMfaStep({ options, setup = false, messages, onResult, onMfaChosen, className }: ChallengeStepFormProps & { options: MfaFactor[]; setup?: boolean }) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(choiceFields, messages);
  const legendId = useId();
  const errorId = useId();

  const submit = (form: HTMLFormElement) => {
    const mfa = options.find((option) => option === fieldValue(form, 'mfa'));
    if (!mfa) {
      feedback.showErrors({ mfa: messages.selectMfaRequired }, messages.selectMfaRequired);
      return;
    }
    feedback.clear();
    onMfaChosen?.(mfa);
    feedback.send(answer.mutate, { kind: 'selectMfa', mfa }, onResult);
  };

  return (
    <AuthFormFrame title={setup ? messages.mfaSetupTitle : messages.selectMfaTitle} onSubmit={submit} className={className} step={setup ? 'mfaSetup' : 'selectMfa'}>
      {setup ? <p className="rck-intro">{messages.mfaSetupIntro}</p> : null}
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <fieldset className="rck-choices" aria-labelledby={legendId} aria-describedby={feedback.fieldErrors.mfa ? errorId : undefined}>
        <legend id={legendId} className="rck-label">
          {setup ? messages.mfaSetupLegend : messages.selectMfaLegend}
        </legend>
        {options.map((option, index) => (
          <label key={option} className="rck-choice">
            <input
              type="radio"
              name="mfa"
              value={option}
              defaultChecked={index === 0}
              ref={index === 0 ? feedback.inputRef('mfa') : undefined}
            />
            {optionLabel(option, messages)}
          </label>
        ))}
        {feedback.fieldErrors.mfa ? (
          <p className="rck-field-error" id={errorId}>
            {feedback.fieldErrors.mfa}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pending={answer.isPending} label={messages.continueButton} pendingLabel={messages.verifying} />
    </AuthFormFrame>
  );
}
