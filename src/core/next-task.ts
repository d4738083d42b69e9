/**
 * Resolves in a task of its own, after what is already queued (React's render of a new state): a MessageChannel
 * message, which a hidden tab does not hold back as it does timers. Or at once if the page hides first (pagehide,
 * visibilitychange): what waits for it must not be lost with the page. (A listener left when the message came
 * first is a one-off: it does nothing but resolve this promise again.)
 */
export const nextTaskOrHide = (): Promise<unknown> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve(port1.close());
    port2.postMessage(0);
    if (typeof window === 'object') for (const type of ['pagehide', 'visibilitychange']) window.addEventListener?.(type, resolve, { once: true });
  });
