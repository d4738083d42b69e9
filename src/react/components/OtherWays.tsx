'use client';
import { useId } from 'react';
import type { FirstFactor, NextStep } from '../../core/types.js';
import { LinkButton } from '../fields/LinkButton.js';
import type { AuthError } from '../../core/errors.js';
import type { useAnswerChallenge } from '../hooks/useAnswerChallenge.js';
import type { PasswordlessMessages } from '../passwordless-messages.js';
import { offeredWays, wayLabel } from './first-factor-options.js';

export interface OtherWaysProps {
  options: FirstFactor[];
  /** The way on screen (left out of the list); PASSWORD stands for both password ways. */
  current: FirstFactor | 'PASSWORD';
  messages: PasswordlessMessages;
  answer: ReturnType<typeof useAnswerChallenge>;
  onResult: (step: NextStep) => void;
  onError: (error: AuthError) => void;
}

/** Switches to another way Cognito offered, for the same user: nothing typed again. */
export function OtherWays({ options, current, messages, answer, onResult, onError }: OtherWaysProps) {
  const labelId = useId();
  const ways = offeredWays(options).filter((way) => !(way === current || (current === 'PASSWORD' && way.startsWith('PASSWORD'))));
  if (ways.length === 0) return null;
  return (
    <div role="group" aria-labelledby={labelId} className="rck-other-ways">
      <p id={labelId} className="rck-label">
        {messages.otherWaysLabel}
      </p>
      {ways.map((way) => (
        <LinkButton
          key={way}
          disabled={answer.isPending}
          onClick={() => answer.mutate({ kind: 'selectChallenge', challenge: way }, { onSuccess: onResult, onError })}
        >
          {messages.useOtherWay(wayLabel(way, messages))}
        </LinkButton>
      ))}
    </div>
  );
}
