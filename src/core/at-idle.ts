/**
 * Runs `work` once the page is idle (requestIdleCallback, at the latest after `timeoutMs`), or after a timer where
 * there is none (Safari); never where there is no window (a server render, Node).
 */
export function atIdle(work: () => void, timeoutMs = 1000): void {
  if (typeof window === 'undefined') return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 50);
}
