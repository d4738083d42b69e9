import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';
import type { ChallengeAnswer, SignInOutcome } from './cognito-transport.js';
import { AuthError } from './errors.js';
import { toAuthErrorLoaded } from './lazy-transport.js';
import type { SessionEngine } from './session-engine.js';
import type { NextStep } from './types.js';

/** Sign-in and the steps Cognito may ask for on the way (MFA, a new password…): one challenge waits at a time. */
export function createSignInFlow(engine: SessionEngine): Pick<AuthClient, 'answerChallenge'> & Pick<FlowContext, 'signIn'> {
  const { config, transport, store } = engine;
  let pendingChallenge: ((answer: ChallengeAnswer) => Promise<SignInOutcome>) | null = null;
  engine.onEnd(() => {
    pendingChallenge = null;
  });

  const toNextStep = async (outcome: SignInOutcome): Promise<NextStep> => {
    if (outcome.kind === 'tokens') {
      pendingChallenge = null;
      return { step: 'done', session: await engine.establish(outcome.tokens) };
    }
    pendingChallenge = outcome.answer;
    store.dispatch({ type: 'challenge', challenge: outcome.step });
    return outcome.step;
  };

  return {
    signIn(input, session) {
      const username = (input.username ?? input.email).trim();
      const { password } = input;
      // A step left unanswered (the user went back) must not stay answerable, nor keep its credentials for a resend.
      pendingChallenge = null;
      return transport
        .signIn(username, password, config.authFlow, input, session)
        .then(toNextStep)
        .catch(async (err: unknown): Promise<NextStep> => {
          const error = await toAuthErrorLoaded(err, 'signIn', { revealUserExistence: config.revealUserExistence });
          if (error.code === 'userNotConfirmed') return { step: 'confirmSignUp', username };
          if (error.code === 'passwordResetRequired') return { step: 'resetPassword', username };
          throw error;
        });
    },

    answerChallenge(answer) {
      if (!pendingChallenge) return Promise.reject(new AuthError('expiredCode', 'There is no sign-in step waiting for an answer. Sign in again.'));
      return pendingChallenge(answer).then(toNextStep, engine.fail('answerChallenge'));
    },
  };
}
