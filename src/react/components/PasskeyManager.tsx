'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { loadAccountFlows } from '../../core/auth-client.js';
import type { Passkey } from '../../core/cognito-transport.js';
import type { AuthError } from '../../core/errors.js';
import { FormAlert } from '../fields/FormAlert.js';
import { useMessages } from '../hooks/useMessages.js';
import { usePasskeys } from '../hooks/usePasskeys.js';
import type { MessageOverrides } from '../messages.js';
import { passkeyMessages } from '../passkey-messages.js';

export interface PasskeyManagerProps {
  messages?: MessageOverrides;
  className?: string;
  /** Called after a passkey is added on this device. */
  onAdded?: () => void;
  /** Called after a passkey is deleted. */
  onDeleted?: (passkey: Passkey) => void;
}

/**
 * The user's passkeys: each with its name and date, "Delete", and "Add a passkey" for this device (not offered in a
 * browser without WebAuthn). Results and errors are announced and take the focus.
 */
export function PasskeyManager({ messages: overrides, className, onAdded, onDeleted }: PasskeyManagerProps) {
  const messages = useMessages(overrides, passkeyMessages);
  const { list, register, remove, supported } = usePasskeys();
  // The passkey operations come with the account flows chunk: fetched now, not when a button is pressed.
  useEffect(() => void loadAccountFlows().catch(() => undefined), []);
  const titleId = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<{ text: string; tone: 'error' | 'info' } | null>(null);
  useEffect(() => {
    if (notice) alertRef.current?.focus();
  }, [notice]);

  const errorText = (error: AuthError) => messages.errors[error.code] ?? error.message;
  const nameOf = (passkey: Passkey) => passkey.name ?? messages.passkeyUnnamed;
  const fail = (error: AuthError) => setNotice({ text: errorText(error), tone: 'error' });

  const add = () => {
    if (register.isPending) return;
    setNotice(null);
    register.mutate(undefined, {
      onSuccess: () => {
        setNotice({ text: messages.passkeyAdded, tone: 'info' });
        onAdded?.();
      },
      onError: fail,
    });
  };

  const del = (passkey: Passkey) => {
    if (remove.isPending) return;
    setNotice(null);
    remove.mutate(passkey.credentialId, {
      onSuccess: () => {
        setNotice({ text: messages.passkeyDeleted(nameOf(passkey)), tone: 'info' });
        onDeleted?.(passkey);
      },
      onError: fail,
    });
  };

  const passkeys = list.data ?? [];
  return (
    <section className={className ? `rck-form ${className}` : 'rck-form'} aria-labelledby={titleId} data-step="passkeys" aria-busy={list.isPending || undefined}>
      <h2 className="rck-title" id={titleId}>
        {messages.passkeysTitle}
      </h2>
      <FormAlert message={notice?.text ?? (list.error ? errorText(list.error) : null)} tone={notice?.tone ?? 'error'} alertRef={alertRef} />
      {list.isPending ? <p className="rck-intro">{messages.passkeysLoading}</p> : null}
      {list.error ? (
        <button type="button" className="rck-button" onClick={() => void list.refetch()}>
          {messages.passkeysRetry}
        </button>
      ) : null}
      {list.isSuccess && passkeys.length === 0 ? <p className="rck-intro">{messages.passkeysEmpty}</p> : null}
      {passkeys.length > 0 ? (
        <ul className="rck-choices" aria-labelledby={titleId}>
          {passkeys.map((passkey) => (
            <li key={passkey.credentialId} className="rck-field">
              <span className="rck-label">{nameOf(passkey)}</span>
              {passkey.createdAt ? <span className="rck-description">{messages.passkeyCreated(passkey.createdAt)}</span> : null}
              <button
                type="button"
                className="rck-button"
                aria-label={messages.deletePasskeyLabel(nameOf(passkey))}
                aria-busy={(remove.isPending && remove.variables === passkey.credentialId) || undefined}
                onClick={() => del(passkey)}
              >
                {remove.isPending && remove.variables === passkey.credentialId ? messages.deletingPasskey : messages.deletePasskey}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {supported ? (
        <button type="button" className="rck-button" data-variant="primary" aria-busy={register.isPending || undefined} onClick={add}>
          {register.isPending ? messages.addingPasskey : messages.addPasskey}
        </button>
      ) : (
        <p className="rck-intro">{messages.passkeysUnsupported}</p>
      )}
    </section>
  );
}
