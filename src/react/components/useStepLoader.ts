'use client';
import { useRef, useState } from 'react';
import { AuthError } from '../../core/errors.js';
import { loadStepModules, type StepModules } from './load-step-modules.js';

type Show = (steps: StepModules) => void;

interface Waiting {
  /** Who asked: the email and password of that submit. */
  key: string;
  show: Show;
  at: number;
  /** For a sign-in challenge: whether the client still holds it. */
  current: () => boolean;
}

/** How long a step that could not be shown may wait for the next press (Cognito ends challenges after 3 min). */
const waitMs = 120_000;

/**
 * Loads the steps chunk, then shows the step Cognito asked for. While it loads the form stays as it is, its button
 * busy. A chunk that cannot be fetched (offline, or a new deploy removed it) becomes a network error on the form.
 */
export function useStepLoader() {
  const [loading, setLoading] = useState(false);
  // The step waiting for its chunk: the next press with the same email and password opens it instead of asking
  // Cognito again (a second sign-up would fail as a duplicate, a second sign-in would text another code).
  const waiting = useRef<Waiting | null>(null);

  const open = (key: string, show: Show, fail: (error: AuthError) => void, current: () => boolean = () => true) => {
    waiting.current = { key, show, at: Date.now(), current };
    setLoading(true);
    loadStepModules()
      .then(
        (steps) => {
          waiting.current = null;
          show(steps);
        },
        (error: unknown) => fail(new AuthError('network', undefined, { cause: error })),
      )
      .finally(() => setLoading(false));
  };

  /** Opens the step still waiting for this press, if there is one and it is still good; says whether it did. */
  const reopen = (key: string, fail: (error: AuthError) => void): boolean => {
    const step = waiting.current;
    waiting.current = null;
    if (!step || step.key !== key || Date.now() - step.at > waitMs || !step.current()) return false;
    open(key, step.show, fail, step.current);
    return true;
  };

  return { loading, open, reopen };
}

/** What identifies a press for `reopen`: kept in memory only, like the password the form already holds. */
export const pressKey = (email: string, password: string) => `${email}\u0000${password}`;
