'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { loadAccountFlows } from '../../core/auth-client.js';
import type { MfaPreference } from '../../core/cognito-transport.js';
import type { MfaFactor } from '../../core/types.js';
import { FormAlert } from '../fields/FormAlert.js';
import { useFormFeedback } from '../fields/useFormFeedback.js';
import { useMessages } from '../hooks/useMessages.js';
import { useMfaPreference } from '../hooks/useMfaPreference.js';
import { accountMessages } from '../account-messages.js';
import type { MessageOverrides } from '../messages.js';
import { stepMessages } from '../step-messages.js';
import { TotpSetup } from './TotpSetup.js';

const mfaSettingsMessages = { ...stepMessages, ...accountMessages };

export interface MfaSettingsProps {
  /** The factors your pool offers, in the order to list them. Default: authenticator app, then email. */
  factors?: readonly MfaFactor[];
  /** The app's name in the authenticator app, when one is set up from here. */
  issuer?: string;
  messages?: MessageOverrides;
  className?: string;
}

const preferenceKey: Record<MfaFactor, keyof MfaPreference> = { SMS_MFA: 'sms', SOFTWARE_TOKEN_MFA: 'totp', EMAIL_OTP: 'email' };
const noFields = [] as const;

/**
 * The signed-in user's two-step verification: each factor on or off, which one is asked for first, a button to
 * change each. An authenticator app is turned on through TotpSetup (QR code, first code).
 */
export function MfaSettings({ factors = ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], issuer, messages: overrides, className }: MfaSettingsProps) {
  const messages = useMessages(overrides, mfaSettingsMessages);
  const { settings, update } = useMfaPreference();
  // The account flows are a chunk of their own (core/auth-client.ts): fetched now, not at the first click.
  useEffect(() => void loadAccountFlows().catch(() => undefined), []);
  const feedback = useFormFeedback(noFields, messages);
  const [notice, setNotice] = useState<string | null>(null);
  const [settingUpTotp, setSettingUpTotp] = useState(false);
  const titleId = useId();
  // The button pressed is disabled while saving, or gone once saved: focus comes back to the section, not <body>.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const saved = () => {
    setNotice(messages.mfaSaved);
    titleRef.current?.focus();
  };
  const labelOf = (factor: MfaFactor) =>
    factor === 'SMS_MFA' ? messages.smsOption : factor === 'EMAIL_OTP' ? messages.emailOption : messages.totpOption;

  const change = (factor: MfaFactor, value: NonNullable<MfaPreference['totp']>) => {
    feedback.clear();
    setNotice(null);
    feedback.send(update.mutate, { [preferenceKey[factor]]: value }, saved);
  };

  const rootClass = className ? `rck-form ${className}` : 'rck-form';
  const loadError = settings.error ? (messages.errors[settings.error.code] ?? settings.error.message) : null;
  return (
    <section className={rootClass} data-step="mfaSettings" aria-labelledby={titleId} aria-busy={settings.isPending || update.isPending || undefined}>
      <h2 className="rck-title" id={titleId} ref={titleRef} tabIndex={-1}>
        {messages.mfaSettingsTitle}
      </h2>
      <p className="rck-intro">{messages.mfaSettingsIntro}</p>
      <FormAlert message={update.isPending ? messages.mfaSaving : notice} tone="info" />
      <FormAlert message={feedback.formError ?? loadError} alertRef={feedback.alertRef} />
      {settings.error ? (
        <button type="button" className="rck-button" onClick={() => void settings.refetch()}>
          {messages.mfaRetry}
        </button>
      ) : null}
      {settings.data ? (
        <ul className="rck-choices" data-mfa-factors="">
          {factors.map((factor) => {
            const on = settings.data.enabled.includes(factor);
            const preferred = settings.data.preferred === factor;
            const label = labelOf(factor);
            return (
              <li key={factor} className="rck-choice" data-factor={factor} data-enabled={on ? '' : undefined}>
                <span className="rck-label">{label}</span>{' '}
                <span className="rck-description">
                  {on ? messages.mfaFactorOn : messages.mfaFactorOff}
                  {preferred ? ` · ${messages.mfaPreferred}` : ''}
                </span>{' '}
                {on && !preferred ? (
                  <button type="button" className="rck-button" data-variant="link" disabled={update.isPending} onClick={() => change(factor, 'preferred')}>
                    {messages.mfaMakePreferred(label)}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="rck-button"
                  data-variant="link"
                  disabled={update.isPending || (factor === 'SOFTWARE_TOKEN_MFA' && settingUpTotp)}
                  onClick={() => (on ? change(factor, 'disabled') : factor === 'SOFTWARE_TOKEN_MFA' ? setSettingUpTotp(true) : change(factor, 'enabled'))}
                >
                  {on ? messages.mfaTurnOff(label) : messages.mfaTurnOn(label)}
                </button>
              </li>
            );
          })}
        </ul>
      ) : settings.isPending ? (
        <p className="rck-loading">{messages.loading}</p>
      ) : null}
      {settingUpTotp ? (
        <TotpSetup
          issuer={issuer}
          messages={overrides}
          onEnabled={() => {
            setSettingUpTotp(false);
            saved();
            void settings.refetch();
          }}
        />
      ) : null}
    </section>
  );
}
