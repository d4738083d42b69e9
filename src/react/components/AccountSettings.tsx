'use client';
import { useId, type ReactNode } from 'react';
import type { MfaFactor } from '../../core/types.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';
import { settingsMessages } from '../settings-messages.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { DeleteAccount } from './DeleteAccount.js';
import { DeviceList } from './DeviceList.js';
import { MfaSettings } from './MfaSettings.js';
import { ProfileAttributes } from './ProfileAttributes.js';
import { SignOutEverywhere } from './SignOutEverywhere.js';

export type AccountSection = 'profile' | 'password' | 'mfa' | 'devices' | 'signOutEverywhere' | 'deleteAccount';

export interface AccountSettingsProps {
  /** Sections to leave out, e.g. `['devices']` for a pool without device tracking. */
  hide?: readonly AccountSection[];
  /** The profile attributes to edit (ProfileAttributes' `attributes`). */
  profileAttributes?: readonly string[];
  /** MfaSettings' `factors` and `issuer`. */
  mfaFactors?: readonly MfaFactor[];
  issuer?: string;
  /** A passkeys section (e.g. `<PasskeyManager />`), shown after the two-step verification settings. */
  passkeys?: ReactNode;
  /** More sections of your own, shown before "Sign out everywhere". */
  children?: ReactNode;
  onDeleted?: () => void;
  messages?: MessageOverrides;
  className?: string;
}

/**
 * A signed-in user's whole account page: profile, password, two-step verification, passkeys (a slot), devices,
 * sign out everywhere and delete account. Each part is exported on its own for pages laid out differently.
 */
export function AccountSettings({ hide = [], profileAttributes, mfaFactors, issuer, passkeys, children, onDeleted, messages: overrides, className }: AccountSettingsProps) {
  const messages = useMessages(overrides, settingsMessages);
  const titleId = useId();
  const shown = (section: AccountSection) => !hide.includes(section);
  return (
    <div className={className ? `rck-settings ${className}` : 'rck-settings'} role="region" aria-labelledby={titleId}>
      <h1 className="rck-title" id={titleId}>
        {messages.accountSettingsTitle}
      </h1>
      {shown('profile') ? <ProfileAttributes attributes={profileAttributes} messages={overrides} /> : null}
      {shown('password') ? <ChangePasswordForm messages={overrides} /> : null}
      {shown('mfa') ? <MfaSettings factors={mfaFactors} issuer={issuer} messages={overrides} /> : null}
      {passkeys}
      {shown('devices') ? <DeviceList messages={overrides} /> : null}
      {children}
      {shown('signOutEverywhere') ? <SignOutEverywhere messages={overrides} /> : null}
      {shown('deleteAccount') ? <DeleteAccount onDeleted={onDeleted} messages={overrides} /> : null}
    </div>
  );
}
