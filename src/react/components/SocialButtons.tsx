'use client';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { SignInWithRedirectInput, SocialProvider } from '../../core/oauth/oauth-flows-api.js';
import { FormAlert } from '../fields/FormAlert.js';
import { useMessages } from '../hooks/useMessages.js';
import { useRedirectStatus } from '../hooks/useRedirectStatus.js';
import { useSignInWithRedirect } from '../hooks/useSignInWithRedirect.js';
import type { MessageOverrides } from '../messages.js';
import { redirectErrorText } from '../oauth-error-text.js';
import { oauthMessages } from '../oauth-messages.js';

/** A provider by Cognito's name, or an OIDC / SAML provider of the pool with the label its button shows. */
export type SocialProviderOption = SocialProvider | { name: string; label?: string; idpIdentifier?: string };

export interface SocialButtonsProps {
  providers: ReadonlyArray<SocialProviderOption>;
  /** Shows an "or" divider above the buttons (as LoginForm and RegisterForm do). */
  divider?: boolean;
  /** Where to go once signed in: a path on this origin. Default: this page. */
  returnTo?: string;
  messages?: MessageOverrides;
  className?: string;
}

const knownLabels: Record<SocialProvider, string> = {
  Google: 'Google',
  SignInWithApple: 'Apple',
  Facebook: 'Facebook',
  LoginWithAmazon: 'Amazon',
};

type Marks = typeof import('./provider-marks.js');

/**
 * "Continue with …" buttons for Cognito's managed login: one per provider, with the mark of the well-known ones.
 * Shows the outcome of a way back that failed (declined, replayed, tampered…) and moves focus to it.
 */
export function SocialButtons({ providers, divider, returnTo, messages: overrides, className }: SocialButtonsProps) {
  const messages = useMessages(overrides, oauthMessages);
  const redirect = useSignInWithRedirect();
  const { status, flows } = useRedirectStatus();
  const [marks, setMarks] = useState<Marks | null>(null);
  const alertRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    import('./provider-marks.js').then(setMarks, () => undefined);
  }, []);

  const failure = redirect.error ?? (status.status === 'error' ? status.error : null);
  const errorText = failure ? redirectErrorText(messages, failure) : null;
  useEffect(() => {
    if (errorText) alertRef.current?.focus();
  }, [errorText]);

  // Back from the provider, a page restored from the back/forward cache keeps its state: the buttons work again.
  const { reset } = redirect;
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, [reset]);

  const busy = redirect.isPending || redirect.isSuccess || status.status === 'pending';
  const start = (input: SignInWithRedirectInput) => {
    flows?.clearRedirectError();
    redirect.mutate({ ...input, ...(returnTo ? { returnTo } : {}) });
  };

  return (
    <div className={className ? `rck-social ${className}` : 'rck-social'} style={{ display: 'grid', gap: 'var(--rck-gap)' }}>
      {divider ? (
        <p className="rck-divider" role="separator" style={{ textAlign: 'center', color: 'var(--rck-muted)', margin: 0 }}>
          {messages.oauthDivider}
        </p>
      ) : null}
      <FormAlert message={errorText} alertRef={alertRef} />
      {status.status === 'pending' ? <FormAlert tone="info" message={messages.oauthFinishing} /> : null}
      <div role="group" aria-label={messages.oauthButtonsLabel} style={{ display: 'grid', gap: 'calc(var(--rck-gap) / 2)' }}>
        {providers.map((provider) => {
          const name = typeof provider === 'string' ? provider : provider.name;
          const label = typeof provider === 'string' ? (knownLabels[provider] ?? provider) : (provider.label ?? provider.name);
          const Mark: ComponentType | undefined = marks ? (marks.providerMarks[name] ?? marks.GenericMark) : undefined;
          const input: SignInWithRedirectInput =
            typeof provider !== 'string' && provider.idpIdentifier ? { idpIdentifier: provider.idpIdentifier } : { provider: name };
          return (
            <button
              key={name}
              type="button"
              className="rck-button"
              data-provider={name}
              disabled={busy}
              aria-busy={redirect.variables?.provider === name && busy ? true : undefined}
              onClick={() => start(input)}
              style={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', gap: '0.5em' }}
            >
              {Mark ? <Mark /> : null}
              <span>{messages.oauthContinueWith(label)}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
