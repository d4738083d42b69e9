import { isSessionShaped } from './tokens.js';
import type { Session, SignOutReason } from './types.js';

/**
 * The session travels in the message itself: another tab's localStorage may not show a write yet when the
 * message arrives (Chromium propagates storage between processes asynchronously). Same-origin only, never
 * logged, never in the DOM: nothing a same-origin script could not already read from storage.
 */
export type CrossTabMessage = { type: 'session'; session: Session } | { type: 'signedOut'; reason: SignOutReason | null };

export interface CrossTabChannel {
  /** Tells the other tabs of this origin that the session changed. */
  post(message: CrossTabMessage): void;
  close(): void;
}

/** BroadcastChannel, or where there is none the `storage` event that writing the session fires anyway. */
export function openCrossTabChannel(name: string, storageKey: string, onMessage: (message: CrossTabMessage) => void): CrossTabChannel {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<CrossTabMessage>) => onMessage(event.data);
    return { post: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
    const listener = (event: StorageEvent) => {
      if (event.key !== storageKey) return;
      let session: unknown = null;
      try {
        session = event.newValue ? JSON.parse(event.newValue) : null;
      } catch {
        session = null;
      }
      onMessage(isSessionShaped(session) ? { type: 'session', session } : { type: 'signedOut', reason: 'user' });
    };
    window.addEventListener('storage', listener);
    return { post: () => undefined, close: () => window.removeEventListener('storage', listener) };
  }
  return { post: () => undefined, close: () => undefined };
}
