import type { LoginMechanism } from '../../core/config.js';
import { isEmail } from './validation.js';

/** What a sign-in identifier is, as the code steps name it: "Email", "Phone number" or "Username". */
export type IdentifierKind = 'email' | 'phone_number' | 'username';

/**
 * Which of the pool's mechanisms `value` is. A pool with one mechanism takes only that one; a pool with aliases
 * takes a "+…" as the phone number and an address as the email, anything else as the username (what Cognito does
 * when it resolves an alias).
 */
export function identifierKind(value: string, mechanisms: readonly LoginMechanism[]): IdentifierKind {
  const only = mechanisms.length === 1 ? mechanisms[0] : undefined;
  if (only) return only === 'preferred_username' ? 'username' : only;
  if (mechanisms.includes('phone_number') && value.startsWith('+')) return 'phone_number';
  if (mechanisms.includes('email') && isEmail(value)) return 'email';
  return mechanisms.includes('username') || mechanisms.includes('preferred_username') ? 'username' : 'email';
}

// E.164, as the phone field sends it; a Cognito username (its own pattern: letters, marks, symbols, numbers,
// punctuation, at most 128): no space, no control or invisible character.
const shapes: Record<IdentifierKind, (value: string) => boolean> = {
  email: (value) => value === value.trim() && isEmail(value),
  phone_number: (value) => /^\+[1-9]\d{4,14}$/.test(value),
  username: (value) => /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u.test(value),
};

/** Whether `value` is an identifier this pool could have: what a kept code step must be before a form shows it. */
export const isSoundIdentifier = (value: string, mechanisms: readonly LoginMechanism[]): boolean => shapes[identifierKind(value, mechanisms)](value);
