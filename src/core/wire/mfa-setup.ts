import type { ChallengeAnswer, SignInOutcome } from '../transport-types.js';
import type { ChallengeStep, MfaSetupFactor } from '../types.js';
import type { AuthResponse, Wire } from './wire.js';

/** A challenge step whose answer goes with `session` (each set-up call hands out the next one). */
type Ask = (step: ChallengeStep, session: string | undefined) => SignInOutcome;
/** Turns Cognito's answer into tokens or the next step, as sign-in does. */
type Next = (data: AuthResponse) => SignInOutcome | Promise<SignInOutcome>;

const SETUP_FACTORS: readonly MfaSetupFactor[] = ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];

/**
 * MFA_SETUP: the pool requires MFA and the user has none (or adaptive authentication asks for it). As in Amplify
 * JS: a choice when the pool offers both; TOTP with AssociateSoftwareToken / VerifySoftwareToken on the sign-in
 * Session, then RespondToAuthChallenge MFA_SETUP; email with MFA_SETUP `{ EMAIL }`, after which Cognito sends an
 * EMAIL_OTP challenge like any email MFA sign-in.
 */
export function mfaSetupSteps({ call, clientId: ClientId, withContext }: Wire) {
  const associate = async (Session: string | undefined, ask: Ask): Promise<SignInOutcome> => {
    const associated = await call<{ SecretCode: string; Session?: string }>('AssociateSoftwareToken', { Session });
    return ask({ step: 'totpSetup', secret: associated.SecretCode }, associated.Session);
  };

  const finish = async (username: string, Session: string | undefined, extra: Record<string, string>, next: Next) =>
    next(
      await call<AuthResponse>(
        'RespondToAuthChallenge',
        withContext(username, { ChallengeName: 'MFA_SETUP', ClientId, ChallengeResponses: { USERNAME: username, ...extra }, Session }),
      ),
    );

  return {
    /** The first step for MFA_SETUP's `MFAS_CAN_SETUP` (before email MFA existed it could only be TOTP). */
    start(canSetUp: string | undefined, Session: string | undefined, ask: Ask): SignInOutcome | Promise<SignInOutcome> {
      let listed: unknown;
      try {
        listed = JSON.parse(canSetUp ?? '[]');
      } catch {
        listed = [];
      }
      const options = SETUP_FACTORS.filter((factor) => Array.isArray(listed) && listed.includes(factor));
      if (options.length > 1) return ask({ step: 'mfaSetup', options }, Session);
      return options[0] === 'EMAIL_OTP' ? ask({ step: 'emailSetup' }, Session) : associate(Session, ask);
    },

    async answer(username: string, Session: string | undefined, answer: ChallengeAnswer, asked: ChallengeStep, ask: Ask, next: Next): Promise<SignInOutcome> {
      if (asked.step === 'mfaSetup' && answer.kind === 'selectMfa') {
        return answer.mfa === 'EMAIL_OTP' ? ask({ step: 'emailSetup' }, Session) : associate(Session, ask);
      }
      if (asked.step === 'emailSetup' && answer.kind === 'emailAddress') return finish(username, Session, { EMAIL: answer.email.trim() }, next);
      if (asked.step === 'totpSetup' && answer.kind === 'mfaCode') {
        const verified = await call<{ Session?: string }>('VerifySoftwareToken', {
          Session,
          UserCode: answer.code.replace(/\s/g, ''),
          FriendlyDeviceName: answer.deviceName ?? 'Authenticator',
        });
        return finish(username, verified.Session, {}, next);
      }
      throw new Error(`A ${answer.kind} answer does not fit the ${asked.step} step.`);
    },
  };
}
