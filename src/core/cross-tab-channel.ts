import { sessionFromStored, toStoredSession } from './stored-session.js';
import type { Session, SignOutReason } from './types.js';

/**
 * The session travels in the message itself: another tab's localStorage may not show a write yet when the
 * message arrives (Chromium propagates storage between processes asynchronously), and with `memory` storage
 * the message is the only way another tab can get it. BroadcastChannel reaches only tabs of the same origin,
 * which can read the same storage anyway; messages are never logged or put in the DOM. What arrives is
 * checked like what is read from storage: anything else is ignored.
 */
export type CrossTabMessage = { type: 'session'; session: Session } | { type: 'signedOut'; reason: SignOutReason | null };

export interface CrossTabChannel {
  /** Tells the other tabs of this origin that the session changed. */
  post(message: CrossTabMessage): void;
  close(): void;
}

const reasons: ReadonlyArray<unknown> = ['user', 'expired', 'revoked', null];

function toWire(message: CrossTabMessage) {
  return message.type === 'session' ? { type: 'session', session: toStoredSession(message.session) } : message;
}

/** A message from another tab, or null when it is not one this version of the kit sent. */
function fromWire(data: unknown): CrossTabMessage | null {
  const message = data as { type?: unknown; session?: unknown; reason?: unknown } | null;
  if (message?.type === 'signedOut') return reasons.includes(message.reason) ? { type: 'signedOut', reason: message.reason as SignOutReason | null } : null;
  const session = message?.type === 'session' ? sessionFromStored(message.session) : null;
  return session && { type: 'session', session };
}

/** BroadcastChannel, or where there is none the `storage` event that writing the session fires anyway. */
export function openCrossTabChannel(name: string, storageKey: string, onMessage: (message: CrossTabMessage) => void): CrossTabChannel {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = fromWire(event.data);
      if (message) onMessage(message);
    };
    return { post: (message) => channel.postMessage(toWire(message)), close: () => channel.close() };
  }
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
    const listener = (event: StorageEvent) => {
      if (event.key !== storageKey) return;
      // Removed: signed out there. Anything unreadable is not acted on.
      const session = event.newValue === null ? null : sessionFromStored(event.newValue);
      if (event.newValue === null) onMessage({ type: 'signedOut', reason: 'user' });
      else if (session) onMessage({ type: 'session', session });
    };
    window.addEventListener('storage', listener);
    return { post: () => undefined, close: () => window.removeEventListener('storage', listener) };
  }
  return { post: () => undefined, close: () => undefined };
}
