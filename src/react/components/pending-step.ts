'use client';
import { useEffect } from 'react';
import type { CodeDelivery } from '../../core/types.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import { loadStepModules, type StepModules } from './load-step-modules.js';
import type { PendingStep } from './pending-step-store.js';

// A code step on screen survives a reload (pending-step-store.ts keeps it in sessionStorage). This side is in the
// first load, so it only looks whether a step was kept; reading and checking it comes with the steps' chunk.

/** One per pool and app client, next to the session: `<storageKey>.pendingStep`. */
export const pendingStepKey = (storageKey: string) => `${storageKey}.pendingStep`;

/** The view of a form's code step (RegisterForm's and LoginForm's are the same). */
export interface ConfirmSignUpView {
  name: 'confirmSignUp';
  email: string;
  delivery?: CodeDelivery | undefined;
  steps: StepModules;
}

/**
 * After a reload, reopens the code step this form had open, once the steps' chunk is here (if it cannot come,
 * the form stays as it is). sessionStorage is looked at in the effect, never at import or in render (SSR,
 * hydration); where it is missing or blocked, there is simply nothing to reopen.
 */
export function usePendingStep(form: 'register' | 'signIn', show: (view: ConfirmSignUpView) => void): void {
  const { config } = useAuthClient();
  const { storageKey } = config;
  useEffect(() => {
    try {
      if (!sessionStorage.getItem(pendingStepKey(storageKey))) return;
    } catch {
      return;
    }
    loadStepModules().then((steps) => {
      const step = steps.readPendingStep(config, form);
      if (step) show({ name: 'confirmSignUp', email: step.username, delivery: step, steps });
    }, () => undefined);
    // Once per client: `show` only sets the form's view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);
}
