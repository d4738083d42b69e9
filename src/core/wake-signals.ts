/**
 * Moments when the clock may have jumped or the network came back: the tab became visible, got focus, or
 * went online. Listeners exist only between subscribe and unsubscribe, never at import (SSR-safe).
 */
export function onWake(callback: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => undefined;
  const onVisibility = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'visible') callback();
  };
  window.addEventListener('focus', callback);
  window.addEventListener('online', callback);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('focus', callback);
    window.removeEventListener('online', callback);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
  };
}
