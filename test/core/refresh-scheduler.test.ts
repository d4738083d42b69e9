import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthStore, initialAuthState } from '../../src/core/auth-store';
import { createRefreshScheduler } from '../../src/core/refresh-scheduler';
import { systemTimers } from '../../src/core/timers';
import { sessionFromTokens } from '../../src/core/tokens';
import { tokensFor } from '../support/unsigned-jwt';

// Fake timers only move the clock; the refresh itself is tested for real against the emulator (test/integration).
describe('refresh scheduler timing', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_800_000_000_000 }));
  afterEach(() => vi.useRealTimers());

  const signedIn = (lifetime: number) => {
    const iat = Math.floor(Date.now() / 1000);
    return createAuthStore({ ...initialAuthState, status: 'signedIn', session: sessionFromTokens(tokensFor({ iat, lifetime }), Date.now()) });
  };

  it('fires once, margin before expiry, even when started twice (StrictMode)', () => {
    const store = signedIn(3600);
    const refresh = vi.fn(() => Promise.resolve());
    const scheduler = createRefreshScheduler({ store, timers: systemTimers, marginMs: 60_000, refresh });
    scheduler.start();
    scheduler.start();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3539_000);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    scheduler.stop();
    scheduler.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stays armed until the last of two starts is stopped', () => {
    const store = signedIn(3600);
    const scheduler = createRefreshScheduler({ store, timers: systemTimers, marginMs: 60_000, refresh: () => Promise.resolve() });
    scheduler.start();
    scheduler.start();
    scheduler.stop();
    expect(vi.getTimerCount()).toBe(1);
    scheduler.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('re-arms for new tokens and disarms on sign-out', () => {
    const store = signedIn(3600);
    const refresh = vi.fn(() => Promise.resolve());
    const scheduler = createRefreshScheduler({ store, timers: systemTimers, marginMs: 60_000, refresh });
    scheduler.start();
    vi.advanceTimersByTime(1_000_000);
    const iat = Math.floor(Date.now() / 1000);
    store.dispatch({ type: 'signedIn', session: sessionFromTokens(tokensFor({ iat, lifetime: 3600 }), Date.now()) });
    vi.advanceTimersByTime(3539_000);
    expect(refresh).not.toHaveBeenCalled();
    store.dispatch({ type: 'signedOut', reason: 'user' });
    expect(vi.getTimerCount()).toBe(0);
    scheduler.stop();
  });

  it('waits for an expiry past the 24.8-day timer limit instead of firing at once (a forged stored token)', () => {
    const lifetime = 40 * 24 * 3600;
    const store = signedIn(lifetime);
    const refresh = vi.fn(() => Promise.resolve());
    const scheduler = createRefreshScheduler({ store, timers: systemTimers, marginMs: 60_000, refresh });
    scheduler.start();
    vi.advanceTimersByTime(1_000);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime((lifetime - 60) * 1000 - 2_000);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    scheduler.stop();
  });
});
