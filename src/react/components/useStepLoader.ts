'use client';
import { useState } from 'react';
import { AuthError } from '../../core/errors.js';

/**
 * Loads a step's chunk, then shows the step. While it loads the form stays as it is, its button busy. A chunk
 * that cannot be fetched (offline, or a new deploy removed it) becomes a network error on the current form.
 */
export function useStepLoader() {
  const [loading, setLoading] = useState(false);
  const open = <M>(load: () => Promise<M>, show: (module: M) => void, fail: (error: AuthError) => void) => {
    setLoading(true);
    load()
      .then(show, (error: unknown) => fail(new AuthError('network', undefined, { cause: error })))
      .finally(() => setLoading(false));
  };
  return { loading, open };
}
