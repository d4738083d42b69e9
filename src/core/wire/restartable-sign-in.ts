import type { CognitoTransport, SignInOutcome } from '../transport-types.js';

/**
 * Cognito has no operation that sends an MFA code again (amplify-js#6676): a new code comes with a new sign-in.
 * Every challenge of a sign-in answers `resendCode` by running it again with the credentials this closure holds;
 * they live as long as the pending challenge does, and no longer.
 */
function restartable(outcome: SignInOutcome, restart: () => Promise<SignInOutcome>): SignInOutcome {
  if (outcome.kind !== 'challenge') return outcome;
  return {
    ...outcome,
    answer: async (answer) => restartable(answer.kind === 'resendCode' ? await restart() : await outcome.answer(answer), restart),
  };
}

export function withResendCode({ signIn }: Pick<CognitoTransport, 'signIn'>): Pick<CognitoTransport, 'signIn'> {
  return {
    async signIn(username, password, flow) {
      const start = () => signIn(username, password, flow);
      return restartable(await start(), start);
    },
  };
}
