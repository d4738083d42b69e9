'use client';
import { lazy, Suspense, type MutableRefObject, type Ref } from 'react';
import type { LoginMechanism } from '../../core/config.js';
import type { MessageOverrides } from '../messages.js';
import { EmailField } from './EmailField.js';
import type { IdentifierReader } from './LoginIdField.js';

// Pools that sign in by email (the default) get the email field as before; the others' fields come on demand.
const LoginIdField = lazy(() => import('./LoginIdField.js'));

export interface IdentifierFieldProps {
  mechanisms: LoginMechanism[];
  label: string;
  defaultValue?: string;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  /** Filled by the other identifiers' field: without it the form reads `email` itself. */
  readerRef: MutableRefObject<IdentifierReader | undefined>;
  overrides?: MessageOverrides;
}

/** Who signs in, as `loginMechanisms` says: an email, a phone number, a username, or one of several. */
export function IdentifierField({ mechanisms, label, readerRef, overrides, ...field }: IdentifierFieldProps) {
  if (mechanisms.join() === 'email') return <EmailField label={label} {...field} />;
  return (
    <Suspense fallback={null}>
      <LoginIdField mechanisms={mechanisms} readerRef={readerRef} overrides={overrides} {...field} />
    </Suspense>
  );
}
