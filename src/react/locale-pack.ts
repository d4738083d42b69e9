import type { AuthMessages } from './messages.js';

/**
 * A complete translation (react-cognito-kit/locales/<code>): every string of every component, its language tag
 * and its writing direction. Typed in full, so a pack that misses a key does not compile.
 */
export type LocalePack = AuthMessages & Required<Pick<AuthMessages, 'direction' | 'language'>>;
