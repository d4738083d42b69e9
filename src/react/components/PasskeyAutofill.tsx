'use client';
import type { NextStep } from '../../core/types.js';
import { usePasskeyAutofill } from '../hooks/usePasskeyAutofill.js';

/** LoginForm's passkey autofill, a chunk of its own: forms without choice-based sign-in never fetch it. */
export default function PasskeyAutofill({ onResult }: { onResult: (step: NextStep) => void }) {
  usePasskeyAutofill((session) => onResult({ step: 'done', session }));
  return null;
}
