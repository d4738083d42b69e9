'use client';
import type { ChallengeAnswer } from '../../core/cognito-transport.js';
import type { NextStep } from '../../core/types.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

/** Answers the step a sign-in is waiting on (new password, MFA code, MFA choice). */
export function useAnswerChallenge(options?: AuthMutationOptions<NextStep, ChallengeAnswer>) {
  return useAuthMutation<NextStep, ChallengeAnswer>('useAnswerChallenge', (client, answer) => client.answerChallenge(answer), options);
}
