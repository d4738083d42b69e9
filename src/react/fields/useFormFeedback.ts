'use client';
import type { UseMutateFunction } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { defaultErrorMessages, type AuthError } from '../../core/errors.js';
import type { FormMessages } from '../form-messages.js';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Field errors, the form alert, and where focus goes after a failed submit: the first invalid field in
 * form order, else the alert. Focus moves after the render, so `aria-invalid` and the message are in place
 * when a screen reader reads the focused control.
 */
export function useFormFeedback<F extends string>(fieldOrder: readonly F[], messages: Pick<FormMessages, 'errors'>) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const inputs = useRef<Partial<Record<F, HTMLInputElement | null>>>({});
  const alertRef = useRef<HTMLDivElement | null>(null);

  useLayoutEffect(() => {
    if (attempt === 0) return;
    const first = fieldOrder.find((name) => fieldErrors[name]);
    const target = first ? inputs.current[first] : alertRef.current;
    target?.focus();
    // Only a new failed attempt moves focus, not every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  const inputRef = useCallback(
    (name: F) => (element: HTMLInputElement | null) => {
      inputs.current[name] = element;
    },
    [],
  );

  // Whether anything is shown: with nothing, clear() changes no state, so a submit renders nothing in the click's
  // task (issue #17; a set state of equal value can still render the form once, React's eager bail-out aside).
  const shown = useRef(false);
  const showErrors = useCallback((errors: FieldErrors<F>, message: string | null = null) => {
    shown.current = true;
    setFieldErrors(errors);
    setFormError(message);
    setAttempt((n) => n + 1);
  }, []);

  const showAuthError = useCallback(
    (error: AuthError) => {
      // An app's own override wins; otherwise the error's message, which may be more specific than the default.
      const override = messages.errors[error.code];
      const message = override && override !== (defaultErrorMessages as Partial<Record<string, string>>)[error.code] ? override : error.message;
      const field = error.field as F | undefined;
      if (field && fieldOrder.includes(field)) showErrors({ [field]: message } as FieldErrors<F>, message);
      else showErrors({}, message);
    },
    [fieldOrder, messages, showErrors],
  );

  const clear = useCallback(() => {
    if (!shown.current) return;
    shown.current = false;
    setFieldErrors({});
    setFormError(null);
  }, []);

  // One request per intent. react-query's isPending reaches the button only with the next render, so three
  // submits in one task (a triple click, requestSubmit() x3) would each start a request: a ref says at once
  // that one is under way, until it settles. Every request of the form goes through here (resend too).
  const busy = useRef(false);
  // Hidden (<Activity>) or unmounted with a request out, the form may never hear it settle: no guard outlives that.
  useEffect(() => () => void (busy.current = false), []);
  const send = <V, D>(mutate: UseMutateFunction<D, AuthError, V>, variables: V, onSuccess?: (data: D) => void, onError = showAuthError) => {
    if (busy.current) return;
    busy.current = true;
    // Released before the form's own callbacks run, so one that throws cannot leave the form deaf.
    const settled = <A,>(then?: (a: A) => void) => (a: A) => {
      busy.current = false;
      then?.(a);
    };
    mutate(variables, { onSuccess: settled(onSuccess), onError: settled(onError) });
  };

  return { fieldErrors, formError, inputRef, alertRef, showErrors, showAuthError, clear, send };
}
