import type { Clock } from 'cognito-local/lib/services/clock.js';

/**
 * The emulator's clock: the real time plus an offset a test can move forward, so that what Cognito decides by
 * time (a grace period over, a code expired, a lockout lifted) can be tested without sleeping. Every service of the
 * harness reads time from here (tokens' `iat`/`exp` included), never from `Date.now()`.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  get(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`The emulator's clock only moves forward (asked for ${ms} ms)`);
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
