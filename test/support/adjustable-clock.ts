import type { Clock } from 'cognito-local/lib/services/clock.js';

/**
 * The emulator's clock: the real time plus an offset a test can move forward, so that what Cognito decides by
 * time (a grace period over, a code expired, a lockout lifted) can be tested without sleeping. Every service of the
 * harness reads time from here (tokens' `iat`/`exp` included), never from `Date.now()`.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | undefined;

  get(): Date {
    return new Date((this.frozenAt ?? Date.now()) + this.offsetMs);
  }

  /** Stops real time passing (only `advance` moves it): a one-second rule holds however slow the machine is. */
  freeze(): void {
    this.frozenAt ??= Date.now();
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`The emulator's clock only moves forward (asked for ${ms} ms)`);
    this.offsetMs += ms;
  }

  /** Back to the real time: no offset, not frozen. */
  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = undefined;
  }
}
