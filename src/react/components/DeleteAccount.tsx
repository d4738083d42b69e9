'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { loadAccountFlows } from '../../core/auth-client.js';
import { FormAlert } from '../fields/FormAlert.js';
import { TextField } from '../fields/TextField.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { fieldValue } from '../fields/validation.js';
import { useDeleteUser } from '../hooks/useDeleteUser.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';
import { settingsMessages } from '../settings-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';

export interface DeleteAccountProps {
  /** Called once the account is deleted; the session has ended here and in the other tabs. */
  onDeleted?: () => void;
  messages?: MessageOverrides;
  className?: string;
}

const fields = ['confirmation'] as const;

/**
 * Deletes the signed-in user's account (Cognito's DeleteUser) after the user types a confirmation word
 * (`deleteAccountWord`, "DELETE"): a slip of the mouse cannot do it.
 */
export function DeleteAccount({ onDeleted, messages: overrides, className }: DeleteAccountProps) {
  const messages = useMessages(overrides, settingsMessages);
  const remove = useDeleteUser();
  const feedback = useFormFeedback(fields, messages);
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const startRef = useRef<HTMLButtonElement>(null);
  const backToStart = useRef(false);
  useEffect(() => {
    if (asking) loadAccountFlows().catch(() => undefined);
    else if (backToStart.current) startRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <section className={className ? `rck-form ${className}` : 'rck-form'} data-step="deleteAccount" aria-labelledby={titleId}>
        <h2 className="rck-title" id={titleId}>
          {messages.deleteAccountTitle}
        </h2>
        <p className="rck-intro">{messages.deleteAccountIntro}</p>
        <button ref={startRef} type="button" className="rck-button" data-variant="danger" onClick={() => setAsking(true)}>
          {messages.deleteAccountStart}
        </button>
      </section>
    );
  }

  const word = messages.deleteAccountWord;
  const submit = (form: HTMLFormElement) => {
    if (fieldValue(form, 'confirmation').trim() !== word) return feedback.showErrors({ confirmation: messages.deleteAccountMismatch(word) });
    feedback.clear();
    feedback.send(remove.mutate, undefined, () => onDeleted?.());
  };
  const cancel = () => {
    backToStart.current = true;
    feedback.clear();
    setAsking(false);
  };

  return (
    <AuthFormFrame title={messages.deleteAccountTitle} onSubmit={submit} className={className} step="deleteAccountConfirm">
      <p className="rck-intro">{messages.deleteAccountIntro}</p>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <TextField
        name="confirmation"
        label={messages.deleteAccountConfirmLabel(word)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        autoFocus
        error={feedback.fieldErrors.confirmation}
        inputRef={feedback.inputRef('confirmation')}
      />
      <div className="rck-footer">
        <button type="submit" className="rck-button" data-variant="danger" disabled={remove.isPending} aria-busy={remove.isPending || undefined}>
          {remove.isPending ? messages.deletingAccount : messages.deleteAccountButton}
        </button>
        <button type="button" className="rck-button" onClick={cancel}>
          {messages.deleteAccountCancel}
        </button>
      </div>
    </AuthFormFrame>
  );
}
