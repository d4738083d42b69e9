'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { Device } from '../../core/cognito-transport.js';
import { loadAccountFlows } from '../../core/auth-client.js';
import type { AuthError } from '../../core/errors.js';
import { deviceMessages } from '../device-messages.js';
import { FormAlert } from '../fields/FormAlert.js';
import { LinkButton } from '../fields/LinkButton.js';
import { useDevices } from '../hooks/useDevices.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';

export interface DeviceListProps {
  messages?: MessageOverrides;
  className?: string;
  /** Called after a device is forgotten (this browser's own included). */
  onForgotten?: (device: Device) => void;
}

/**
 * The user's remembered devices: names, this device marked, when each was last used, and "Forget" with a
 * confirmation. Results and errors are announced; focus never falls back to the page when a row goes away.
 */
export function DeviceList({ messages: overrides, className, onForgotten }: DeviceListProps) {
  const messages = useMessages(overrides, deviceMessages);
  const { list, forget, remember } = useDevices();
  // The device operations come with the account flows chunk: fetched now, not when "Forget" is pressed.
  useEffect(() => void loadAccountFlows().catch(() => undefined), []);
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const forgetButtons = useRef(new Map<string, HTMLButtonElement | null>());
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; tone: 'error' | 'info'; focus: 'alert' | 'title' } | null>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (notice) (notice.focus === 'title' ? titleRef.current : alertRef.current)?.focus();
  }, [notice]);

  const nameOf = (device: Device) => device.name ?? messages.deviceUnnamed;
  const errorText = (error: AuthError) => messages.errors[error.code] ?? error.message;

  const cancel = (deviceKey: string) => {
    setConfirming(null);
    // Back to the button that opened the question.
    queueMicrotask(() => forgetButtons.current.get(deviceKey)?.focus());
  };

  const confirmForget = (device: Device) => {
    if (forget.isPending) return;
    forget.mutate(device.deviceKey, {
      onSuccess: () => {
        setConfirming(null);
        setNotice({ text: messages.deviceForgotten(nameOf(device)), tone: 'info', focus: 'title' });
        onForgotten?.(device);
      },
      onError: (error) => setNotice({ text: errorText(error), tone: 'error', focus: 'alert' }),
    });
  };

  // Where no MFA step asked (a pool with 'ask' that signed in without MFA), this is where to say yes.
  const rememberThis = () => {
    if (remember.isPending) return;
    remember.mutate(true, {
      onSuccess: () => setNotice({ text: messages.deviceNowRemembered, tone: 'info', focus: 'title' }),
      onError: (error) => setNotice({ text: errorText(error), tone: 'error', focus: 'alert' }),
    });
  };

  const devices = list.data?.devices ?? [];
  return (
    <section className={className ? `rck-form ${className}` : 'rck-form'} aria-labelledby={titleId} data-step="devices" aria-busy={list.isPending || undefined}>
      <h2 className="rck-title" id={titleId} ref={titleRef} tabIndex={-1}>
        {messages.devicesTitle}
      </h2>
      <FormAlert message={notice?.text ?? (list.error ? errorText(list.error) : null)} tone={notice?.tone ?? 'error'} alertRef={alertRef} />
      {list.isPending ? <p className="rck-intro">{messages.devicesLoading}</p> : null}
      {list.error ? (
        <button type="button" className="rck-button" onClick={() => void list.refetch()}>
          {messages.devicesRetry}
        </button>
      ) : null}
      {list.isSuccess && devices.length === 0 ? <p className="rck-intro">{messages.devicesEmpty}</p> : null}
      {devices.length > 0 ? (
        <ul className="rck-choices" aria-labelledby={titleId}>
          {devices.map((device) => (
            <li key={device.deviceKey} className="rck-field" data-current={device.current || undefined}>
              <span className="rck-label">
                {nameOf(device)}
                {device.current ? ` (${messages.thisDevice})` : null}
              </span>
              <span className="rck-description">
                {device.remembered ? messages.deviceRemembered : messages.deviceNotRemembered}
                {device.lastAuthenticatedAt ? ` · ${messages.deviceLastUsed(device.lastAuthenticatedAt)}` : null}
              </span>
              {confirming === device.deviceKey ? (
                <span role="group" aria-label={messages.forgetDeviceConfirm(nameOf(device))}>
                  <span className="rck-description">{messages.forgetDeviceConfirm(nameOf(device))}</span>
                  <button
                    type="button"
                    className="rck-button"
                    data-variant="primary"
                    ref={confirmRef}
                    aria-busy={forget.isPending || undefined}
                    onClick={() => confirmForget(device)}
                  >
                    {forget.isPending ? messages.forgettingDevice : messages.forgetDeviceYes}
                  </button>
                  <LinkButton onClick={() => cancel(device.deviceKey)} disabled={forget.isPending}>
                    {messages.forgetDeviceCancel}
                  </LinkButton>
                </span>
              ) : (
                <button
                  type="button"
                  className="rck-button"
                  ref={(element) => void forgetButtons.current.set(device.deviceKey, element)}
                  aria-label={messages.forgetDeviceLabel(nameOf(device))}
                  onClick={() => {
                    setNotice(null);
                    setConfirming(device.deviceKey);
                  }}
                >
                  {messages.forgetDevice}
                </button>
              )}
              {device.current && !device.remembered && confirming !== device.deviceKey ? (
                <button type="button" className="rck-button" aria-busy={remember.isPending || undefined} onClick={rememberThis}>
                  {remember.isPending ? messages.rememberingDevice : messages.rememberThisDevice}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
