'use client';
import { useEffect, useState } from 'react';
import { loadAccountFlows } from '../../core/auth-client.js';
import { CodeField, readCode } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useMessages } from '../hooks/useMessages.js';
import { useTotpSetup } from '../hooks/useTotpSetup.js';
import { accountMessages } from '../account-messages.js';
import type { MessageOverrides } from '../messages.js';
import { stepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { TotpSecret } from './TotpSecret.js';

// The code field's strings are the MFA step's.
const totpSetupMessages = { ...stepMessages, ...accountMessages };

export interface TotpSetupProps {
  /** The app's name in the authenticator. */
  issuer?: string;
  onEnabled?: () => void;
  messages?: MessageOverrides;
  className?: string;
}

const fields = ['code'] as const;

/** Sets up an authenticator app: QR code and key, then the first code, then TOTP becomes the preferred MFA. */
export function TotpSetup({ issuer, onEnabled, messages: overrides, className }: TotpSetupProps) {
  const messages = useMessages(overrides, totpSetupMessages);
  const { start, verify } = useTotpSetup({ issuer });
  // The account flows are a chunk of their own (core/auth-client.ts): fetched now, not when the form is sent.
  useEffect(() => void loadAccountFlows().catch(() => undefined), []);
  const feedback = useFormFeedback(fields, messages);
  const [enabled, setEnabled] = useState(false);

  if (enabled) {
    return (
      <section className={className ? `rck-form ${className}` : 'rck-form'} data-step="totpEnabled">
        <FormAlert message={messages.totpEnabled} tone="info" />
      </section>
    );
  }

  if (!start.data) {
    return (
      <AuthFormFrame title={messages.totpSetupTitle} onSubmit={() => feedback.send(start.mutate, undefined)} className={className} step="totpSetup">
        <p className="rck-intro">{messages.totpSetupIntro}</p>
        <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
        <SubmitButton pending={start.isPending} label={messages.totpStartButton} pendingLabel={messages.totpStarting} />
      </AuthFormFrame>
    );
  }

  const submit = (form: HTMLFormElement) => {
    const code = readCode(form, feedback, { codeRequired: messages.totpCodeRequired });
    if (code === null) return;
    feedback.send(verify.mutate, { code }, () => {
      setEnabled(true);
      onEnabled?.();
    });
  };

  return (
    <AuthFormFrame title={messages.totpSetupTitle} onSubmit={submit} className={className} step="totpVerify">
      <TotpSecret uri={start.data.uri} secret={start.data.secret} qrLabel={messages.totpQrLabel} secretLabel={messages.totpSecretLabel} />
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <CodeField
        name="code"
        label={messages.mfaCodeLabel}
        description={messages.totpCodeHint}
        required
        error={feedback.fieldErrors.code}
        inputRef={feedback.inputRef('code')}
      />
      <SubmitButton pending={verify.isPending} label={messages.verifyButton} pendingLabel={messages.verifying} />
    </AuthFormFrame>
  );
}
