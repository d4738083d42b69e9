'use client';
import { useEffect, useId, useState } from 'react';
import { loadAccountFlows } from '../../core/auth-client.js';
import type { CodeDelivery } from '../../core/types.js';
import { CodeField } from '../fields/CodeField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { LinkButton } from '../fields/LinkButton.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { TextField } from '../fields/TextField.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useMessages } from '../hooks/useMessages.js';
import { useUpdateUserAttributes } from '../hooks/useUpdateUserAttributes.js';
import { useUserAttributes } from '../hooks/useUserAttributes.js';
import { useVerifyAttribute } from '../hooks/useVerifyAttribute.js';
import type { MessageOverrides } from '../messages.js';
import { settingsMessages } from '../settings-messages.js';
import { stepMessages } from '../step-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';

export interface ProfileAttributesProps {
  /** The attributes to show and edit, in order. Default: name and email. */
  attributes?: readonly string[];
  onSaved?: () => void;
  messages?: MessageOverrides;
  className?: string;
}

const profileMessages = { ...stepMessages, ...settingsMessages };
const inputTypes: Record<string, { type: string; autoComplete: string }> = {
  email: { type: 'email', autoComplete: 'email' },
  phone_number: { type: 'tel', autoComplete: 'tel' },
  name: { type: 'text', autoComplete: 'name' },
  given_name: { type: 'text', autoComplete: 'given-name' },
  family_name: { type: 'text', autoComplete: 'family-name' },
};
const codeFields = ['code'] as const;
const noFields = [] as const;

/**
 * The signed-in user's attributes as Cognito holds them, editable; a changed email or phone number is confirmed
 * with the code Cognito sends before it counts as verified.
 */
export function ProfileAttributes({ attributes = ['name', 'email'], onSaved, messages: overrides, className }: ProfileAttributesProps) {
  const messages = useMessages(overrides, profileMessages);
  const current = useUserAttributes();
  const update = useUpdateUserAttributes();
  const verify = useVerifyAttribute();
  useEffect(() => void loadAccountFlows().catch(() => undefined), []);
  const saveFeedback = useFormFeedback(noFields, messages);
  const codeFeedback = useFormFeedback(codeFields, messages);
  const [pending, setPending] = useState<CodeDelivery | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const titleId = useId();

  if (current.isPending || current.error) {
    return (
      <section className={className ? `rck-form ${className}` : 'rck-form'} data-step="profile" aria-labelledby={titleId} aria-busy={current.isPending || undefined}>
        <h2 className="rck-title" id={titleId}>
          {messages.profileTitle}
        </h2>
        {current.error ? (
          <>
            <FormAlert message={messages.errors[current.error.code] ?? current.error.message} />
            <button type="button" className="rck-button" onClick={() => void current.refetch()}>
              {messages.profileRetry}
            </button>
          </>
        ) : (
          <p role="status">{messages.profileLoading}</p>
        )}
      </section>
    );
  }
  const values = current.data;

  if (pending) {
    const attribute = pending.attribute ?? 'email';
    const confirm = (form: HTMLFormElement) => {
      const code = fieldValue(form, 'code').replace(/\s/g, '');
      if (!code) return codeFeedback.showErrors({ code: attribute === 'phone_number' ? messages.phoneCodeRequired : messages.codeRequired });
      codeFeedback.clear();
      codeFeedback.send(verify.mutate, { attribute, code }, () => {
        setPending(null);
        setNotice(messages.attributeVerified);
        onSaved?.();
      });
    };
    return (
      <AuthFormFrame title={messages.verifyAttributeTitle(attribute)} onSubmit={confirm} className={className} step="verifyAttribute">
        <FormAlert message={codeFeedback.formError} alertRef={codeFeedback.alertRef} />
        <CodeField
          name="code"
          label={messages.codeLabel}
          description={messages.verifyAttributeHint(pending.destination)}
          required
          autoFocus
          error={codeFeedback.fieldErrors.code}
          inputRef={codeFeedback.inputRef('code')}
        />
        <SubmitButton pending={verify.isPending} label={messages.verifyButton} pendingLabel={messages.verifying} />
        <LinkButton onClick={() => setPending(null)}>{messages.verifyAttributeLater}</LinkButton>
      </AuthFormFrame>
    );
  }

  const save = (form: HTMLFormElement) => {
    const changed: Record<string, string> = {};
    for (const name of attributes) {
      const value = fieldValue(form, name).trim();
      // Cognito cannot remove an email by setting it empty: left as it is.
      if (value !== (values[name] ?? '') && !(value === '' && (name === 'email' || name === 'phone_number'))) changed[name] = value;
    }
    saveFeedback.clear();
    if (Object.keys(changed).length === 0) return setNotice(messages.profileUnchanged);
    setNotice(null);
    saveFeedback.send(update.mutate, changed, (deliveries) => {
      const delivery = deliveries[0];
      if (delivery) return setPending(delivery);
      setNotice(messages.profileSaved);
      onSaved?.();
    });
  };

  return (
    <AuthFormFrame title={messages.profileTitle} onSubmit={save} className={className} step="profile">
      <FormAlert message={notice} tone="info" />
      <FormAlert message={saveFeedback.formError} alertRef={saveFeedback.alertRef} />
      {attributes.map((name) => (
        <TextField
          key={`${name}:${values[name] ?? ''}`}
          name={name}
          label={messages.profileFieldLabel(name)}
          type={inputTypes[name]?.type ?? 'text'}
          autoComplete={inputTypes[name]?.autoComplete}
          defaultValue={values[name] ?? ''}
          description={name === 'email' ? messages.profileEmailHint : undefined}
        />
      ))}
      <SubmitButton pending={update.isPending} label={messages.profileSave} pendingLabel={messages.profileSaving} />
    </AuthFormFrame>
  );
}
