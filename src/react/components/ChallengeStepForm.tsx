'use client';
import { useId, useState } from 'react';
import type { AuthError } from '../../core/errors.js';
import type { ChallengeStep, MfaFactor, NextStep } from '../../core/types.js';
import { CodeField, readCode } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { RememberDeviceField, readRememberDevice } from '../fields/RememberDeviceField.js';
import { newPasswordErrors } from '../fields/newPasswordChecks.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { LinkButton } from '../fields/LinkButton.js';
import { TextField } from '../fields/TextField.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import type { FormMessages } from '../form-messages.js';
import type { StepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { EmailSetupStep } from './EmailSetupStep.js';
import { TotpSetupStep } from './TotpSetupStep.js';

export interface ChallengeStepFormProps {
  step: ChallengeStep;
  messages: FormMessages & StepMessages;
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
    default:
      return (
        <AuthFormFrame title={props.messages.signInTitle} onSubmit={() => undefined} className={props.className} step={props.step.step}>
          <FormAlert message={props.messages.unsupportedStep} />
        </AuthFormFrame>
      );
  }
}

// Cognito names required attributes "userAttributes.given_name" in some SDK versions.
const attributeName = (raw: string) => raw.replace(/^userAttributes\./, '');

function NewPasswordStep({ step, messages, onResult, className }: ChallengeStepFormProps & { step: Extract<ChallengeStep, { step: 'newPasswordRequired' }> }) {
  const answer = useAnswerChallenge();
  const required = step.requiredAttributes.map(attributeName);
  const fields = ['password', 'confirmPassword', ...required] as const;
  const feedback = useFormFeedback<string>(fields, messages);

  const submit = (form: HTMLFormElement) => {
    const newPassword = fieldValue(form, 'password');
    const errors: Record<string, string> = { ...newPasswordErrors(newPassword, fieldValue(form, 'confirmPassword'), messages) };
    const attributes: Record<string, string> = {};
    for (const name of required) {
      const value = fieldValue(form, `attribute:${name}`).trim();
      if (value) attributes[name] = value;
      else errors[name] = messages.attributeRequired(name);
    }
    if (Object.keys(errors).length) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clear();
    feedback.send(answer.mutate, { kind: 'newPassword', newPassword, attributes }, onResult);
  };

  return (
    <AuthFormFrame title={messages.newPasswordTitle} onSubmit={submit} className={className} step="newPasswordRequired">
      <p className="rck-intro">{messages.newPasswordIntro}</p>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <NewPasswordFields messages={messages} errors={feedback.fieldErrors} inputRef={feedback.inputRef} />
      {required.map((name) => (
        <TextField
          key={name}
          name={`attribute:${name}`}
          label={messages.attributeLabel(name)}
          required
          error={feedback.fieldErrors[name]}
          inputRef={feedback.inputRef(name)}
        />
      ))}
      <SubmitButton pending={answer.isPending} label={messages.setPasswordButton} pendingLabel={messages.settingPassword} />
    </AuthFormFrame>
  );
}

const codeFields = ['code'] as const;

function MfaCodeStep({ step, messages, onResult, restart, className }: ChallengeStepFormProps) {
  const answer = useAnswerChallenge();
  const feedback = useFormFeedback(codeFields, messages);
  const [notice, setNotice] = useState<string | null>(null);
  const emailed = step.step === 'emailMfa';
  const destination = step.step === 'smsMfa' || step.step === 'emailMfa' ? step.delivery?.destination : undefined;
  const hint = step.step === 'smsMfa' ? messages.smsCodeHint(destination) : emailed ? messages.emailCodeHint(destination) : messages.totpCodeHint;
  const askToRemember = useAuthClient().config.rememberDevice === 'ask';

  const submit = (form: HTMLFormElement) => {
    const code = readCode(form, feedback, messages);
    if (code === null) return;
    setNotice(null);
    feedback.send(answer.mutate, { kind: 'mfaCode', code, rememberDevice: readRememberDevice(form) }, onResult, (error: AuthError) => {
      feedback.showAuthError(error);
      if (error.code !== 'codeMismatch' && error.code !== 'expiredCode') return;
      // The email step's own way back also makes the choices again (factor, address), and says a code is coming.
      if (emailed) answer.mutate({ kind: 'resendCode' }, { onSuccess: newCodeSent });
      else restart();
    });
  };

  const newCodeSent = (next: NextStep) => {
    if (next.step === 'emailMfa') setNotice(messages.codeResent(next.delivery?.destination));
    onResult(next);
  };

  // Cognito cannot resend an MFA code: the client signs in again for a new one (see ChallengeAnswer `resendCode`).
  const askForNewCode = () => {
    feedback.clear();
    setNotice(null);
    feedback.send(answer.mutate, { kind: 'resendCode' }, newCodeSent);
  };

  return (
    <AuthFormFrame title={messages.mfaTitle} onSubmit={submit} className={className} step={step.step}>
      <FormAlert message={notice} tone="info" />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <CodeField
        name="code"
        label={messages.mfaCodeLabel}
        description={hint}
        required
        autoFocus
        error={feedback.fieldErrors.code}
        inputRef={feedback.inputRef('code')}
      />
      {askToRemember ? <RememberDeviceField label={messages.rememberDeviceLabel} /> : null}
      <SubmitButton pending={answer.isPending} label={messages.verifyButton} pendingLabel={messages.verifying} />
      {emailed ? (
        <LinkButton onClick={askForNewCode} disabled={answer.isPending}>
          {answer.isPending && answer.variables?.kind === 'resendCode' ? messages.resendingCode : messages.resendCode}
        </LinkButton>
      ) : null}
    </AuthFormFrame>
  );
}

const choiceFields = ['mfa'] as const;

const optionLabel = (option: MfaFactor, messages: StepMessages) =>
  option === 'SMS_MFA' ? messages.smsOption : option === 'EMAIL_OTP' ? messages.emailOption : messages.totpOption;

/** Which factor to be asked for (selectMfa), or, with `setup`, which to set up when the pool requires MFA. */
function SelectMfaStep({ options, setup = false, messages, onResult, onMfaChosen, className }: ChallengeStepFormProps & { options: MfaFactor[]; setup?: boolean }) {
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
