import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Mocked: the download of the steps chunk (jsdom fetches no chunks; the real failure runs in the e2e suite).
const download = vi.hoisted(() => ({ fails: true }));
vi.mock('../../src/react/components/load-step-modules', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/react/components/load-step-modules')>();
  return {
    ...real,
    loadStepModules: () => (download.fails ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real.loadStepModules()),
  };
});

const { pressKey, useStepLoader } = await import('../../src/react/components/useStepLoader');

afterEach(() => {
  download.fails = true;
  vi.useRealTimers();
});

async function failedOnce(current?: () => boolean) {
  const shown = vi.fn();
  const failed = vi.fn();
  const { result } = renderHook(() => useStepLoader());
  await act(async () => result.current.open(pressKey('ada@example.com', 'Pw-1!aaaa'), shown, failed, current));
  expect(failed).toHaveBeenCalledWith(expect.objectContaining({ code: 'network' }));
  expect(shown).not.toHaveBeenCalled();
  expect(result.current.loading).toBe(false);
  download.fails = false;
  return { result, shown, failed };
}

describe('useStepLoader: a step whose chunk could not be fetched', () => {
  it('opens on the next press with the same email and password, once', async () => {
    const { result, shown } = await failedOnce();
    let reopened = false;
    await act(async () => {
      reopened = result.current.reopen(pressKey('ada@example.com', 'Pw-1!aaaa'), vi.fn());
    });
    expect(reopened).toBe(true);
    // The real steps chunk is imported (and transformed) here: seconds on a busy machine.
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(shown.mock.calls[0]![0]).toHaveProperty('ConfirmSignUpStep');
    expect(result.current.reopen(pressKey('ada@example.com', 'Pw-1!aaaa'), vi.fn())).toBe(false);
  });

  it('is dropped by a press with another password or email: that one goes to Cognito', async () => {
    const { result, shown } = await failedOnce();
    expect(result.current.reopen(pressKey('ada@example.com', 'another-Pw-1!'), vi.fn())).toBe(false);
    // Dropped, not kept for later: the first credentials no longer reopen it either.
    expect(result.current.reopen(pressKey('ada@example.com', 'Pw-1!aaaa'), vi.fn())).toBe(false);
    expect(shown).not.toHaveBeenCalled();
  });

  it('is dropped when the client no longer holds the challenge, or after two minutes', async () => {
    let held = true;
    const challenge = await failedOnce(() => held);
    held = false;
    expect(challenge.result.current.reopen(pressKey('ada@example.com', 'Pw-1!aaaa'), vi.fn())).toBe(false);

    vi.useFakeTimers({ toFake: ['Date'] });
    download.fails = true;
    const late = await failedOnce();
    vi.setSystemTime(Date.now() + 121_000);
    expect(late.result.current.reopen(pressKey('ada@example.com', 'Pw-1!aaaa'), vi.fn())).toBe(false);
    expect(late.shown).not.toHaveBeenCalled();
  });
});
