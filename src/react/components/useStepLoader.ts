'use client';
import { useRef, useState } from 'react';
import { AuthError } from '../../core/errors.js';
import { loadStepModules, type StepModules } from './load-step-modules.js';

type Show = (steps: StepModules) => void;

/**
 * Loads the steps chunk, then shows the step Cognito asked for. While it loads the form stays as it is, its button
 * busy. A chunk that cannot be fetched (offline, or a new deploy removed it) becomes a network error on the form.
 */
export function useStepLoader() {
  const [loading, setLoading] = useState(false);
  // The step waiting for its chunk: the next submit for the same email opens it instead of asking Cognito again
  // (a second sign-up would fail as a duplicate, a second sign-in would text another code).
  const waiting = useRef<{ email: string; show: Show } | null>(null);

  const open = (email: string, show: Show, fail: (error: AuthError) => void) => {
    waiting.current = { email, show };
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

  /** Opens the step still waiting for `email`, if there is one; says whether it did. */
  const reopen = (email: string, fail: (error: AuthError) => void): boolean => {
    const step = waiting.current;
    if (step?.email !== email) return false;
    open(email, step.show, fail);
    return true;
  };

  return { loading, open, reopen };
}
