import { useEffect, useState } from 'react';

function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
export const formatTime = (ms: number) => clock.format(ms);

function formatLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "1:58 left (until 12:03:04)": a timer, not a live region, so screen readers are not told every second. */
export function Countdown({ until }: { until: number }) {
  const left = until - useNow();
  return (
    <span className="countdown">
      <span role="timer" aria-label={`${formatLeft(left)} left`} className={left <= 0 ? 'pill danger' : 'pill'}>
        {left > 0 ? formatLeft(left) : 'expired'}
      </span>{' '}
      <span className="muted">
        until <time dateTime={new Date(until).toISOString()}>{formatTime(until)}</time>
      </span>
    </span>
  );
}
