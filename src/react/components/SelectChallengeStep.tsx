'use client';
import { useId } from 'react';
import type { FirstFactor } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import type { ChallengeStepFormProps } from './ChallengeStepForm.js';
import { offeredWays, wayLabel } from './first-factor-options.js';

const choiceFields = ['way'] as const;

/** USER_AUTH's SELECT_CHALLENGE: the ways Cognito offers this user; the password, if chosen, comes on its own step. */
export function SelectChallengeStep({ options, messages, onResult, className }: ChallengeStepFormProps & { options: FirstFactor[] }) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(choiceFields, messages);
  const legendId = useId();
  const ways = offeredWays(options);

  const submit = (form: HTMLFormElement) => {
    const way = ways.find((w) => w === fieldValue(form, 'way'));
    if (!way) return;
    feedback.clear();
    feedback.send(answer.mutate, { kind: 'selectChallenge', challenge: way }, onResult);
  };

  return (
    <AuthFormFrame title={messages.selectChallengeTitle} onSubmit={submit} className={className} step="selectChallenge">
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <fieldset className="rck-choices" aria-labelledby={legendId}>
        <legend id={legendId} className="rck-label">
          {messages.selectChallengeLegend}
        </legend>
        {ways.map((way, index) => (
          <label key={way} className="rck-choice">
            <input type="radio" name="way" value={way} defaultChecked={index === 0} ref={index === 0 ? feedback.inputRef('way') : undefined} />
            {wayLabel(way, messages)}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={answer.isPending} label={messages.continueButton} pendingLabel={messages.signingIn} />
    </AuthFormFrame>
  );
}
