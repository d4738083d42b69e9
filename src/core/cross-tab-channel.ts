import type { SignOutReason } from './types.js';

export type CrossTabMessage = { type: 'session' } | { type: 'signedOut'; reason: SignOutReason | null };

export interface CrossTabChannel {
  /** Tells the other tabs of this origin that the stored session changed. */
  post(message: CrossTabMessage): void;
  close(): void;
}

/**
 * The other tabs learn of a change through BroadcastChannel, or, where there is none, through the `storage`
 * event that writing the session to localStorage fires anyway. Messages carry no tokens: tabs re-read storage.
 */
export function openCrossTabChannel(name: string, storageKey: string, onMessage: (message: CrossTabMessage) => void): CrossTabChannel {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<CrossTabMessage>) => onMessage(event.data);
    return { post: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
    const listener = (event: StorageEvent) => {
      if (event.key !== storageKey) return;
      onMessage(event.newValue ? { type: 'session' } : { type: 'signedOut', reason: 'user' });
    };
    window.addEventListener('storage', listener);
    return { post: () => undefined, close: () => window.removeEventListener('storage', listener) };
  }
  return { post: () => undefined, close: () => undefined };
}
