import type { ChallengeAnswer, CognitoTransport, SignInOutcome } from '../transport-types.js';

type Choice = Extract<ChallengeAnswer, { kind: 'selectMfa' | 'emailAddress' }>;

/**
 * Cognito has no operation that sends an MFA code again (amplify-js#6676): a new code comes with a new sign-in.
 * Every challenge of a sign-in answers `resendCode` by running it again with the credentials this closure holds
 * (they live as long as the pending challenge does, and no longer), and by making the choices the user made
 * on the way again (which factor, which address to set up), so the new code goes where the last one went.
 */
export function withResendCode({ signIn }: Pick<CognitoTransport, 'signIn'>): Pick<CognitoTransport, 'signIn'> {
  // USER_AUTH asks for new codes itself (./user-auth.ts); this wraps the password flows.
  return {
    async signIn(username, password, flow) {
      const choices: Choice[] = [];
      const resend = async (): Promise<SignInOutcome> => {
        let outcome = await signIn(username, password, flow);
        for (const choice of choices) {
          const fits = outcome.kind === 'challenge' && (choice.kind === 'emailAddress' ? outcome.step.step === 'emailSetup' : outcome.step.step === 'selectMfa' || outcome.step.step === 'mfaSetup');
          if (outcome.kind === 'challenge' && fits) outcome = await outcome.answer(choice);
        }
        return outcome;
      };
      const restartable = (outcome: SignInOutcome): SignInOutcome =>
        outcome.kind === 'challenge'
          ? {
              ...outcome,
              answer: async (answer) => {
                if (answer.kind === 'resendCode') return restartable(await resend());
                const next = await outcome.answer(answer);
                if (answer.kind === 'selectMfa' || answer.kind === 'emailAddress') choices.push(answer);
                return restartable(next);
              },
            }
          : outcome;
      return restartable(await signIn(username, password, flow));
    },
  };
}
