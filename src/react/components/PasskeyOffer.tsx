'use client';
import { useEffect, useState } from 'react';
import { FormAlert } from '../fields/FormAlert.js';
import { SubmitButton } from '../fields/SubmitButton.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { useAuthMutation } from '../hooks/useAuthMutation.js';
import { passkeyMessages } from '../passkey-messages.js';
import type { PasswordlessMessages } from '../passwordless-messages.js';
import type { FormMessages } from '../form-messages.js';
import { AuthFormFrame } from './AuthFormFrame.js';
import { passkeysSupported } from '../../core/passkey/support.js';

export interface PasskeyOfferProps {
  /** LoginForm's strings, the app's overrides among them (they win over the passkey strings' defaults). */
  messages: FormMessages & PasswordlessMessages;
  /** Called once the offer is over: a passkey added, "Not now", or nothing to offer. */
  onDone: () => void;
  className: string | undefined;
}

const noFields = [] as const;

/**
 * LoginForm's `offerPasskey`, once signed in: "Add a passkey for next time?" for a user with none yet, in a browser
 * that can make one. Whether the user has one is asked first; until then nothing shows (a passkey sign-in, or a
 * failed lookup, goes straight on).
 */
export function PasskeyOffer({ messages: own, onDone, className }: PasskeyOfferProps) {
  const messages = { ...passkeyMessages, ...own };
  const client = useAuthClient();
  const feedback = useFormFeedback(noFields, messages);
  const register = useAuthMutation<void, void>('usePasskeys.register', (c) => c.registerPasskey());
  const [offer, setOffer] = useState(false);

  useEffect(() => {
    let live = true;
    if (!passkeysSupported()) return onDone();
    client.listPasskeys().then(
      (passkeys) => live && (passkeys.length ? onDone() : setOffer(true)),
      () => live && onDone(),
    );
    return () => {
      live = false;
    };
    // Asked once per offer: onDone is the same for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  if (!offer) return null;
  return (
    <AuthFormFrame title={messages.offerPasskeyTitle} onSubmit={() => feedback.send(register.mutate, undefined, onDone)} className={className} step="offerPasskey">
      <p className="rck-intro">{messages.offerPasskeyIntro}</p>
      <FormAlert message={feedback.formError} alertRef={feedback.alertRef} />
      <SubmitButton pending={register.isPending} label={messages.offerPasskeyYes} pendingLabel={messages.addingPasskey} />
      <button type="button" className="rck-button" onClick={onDone} disabled={register.isPending}>
        {messages.offerPasskeyNo}
      </button>
    </AuthFormFrame>
  );
}
