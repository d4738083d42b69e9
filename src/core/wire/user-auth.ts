import { loadSrp } from '../srp/load-srp.js';
import type { ChallengeAnswer, SignInOutcome, TransportConfig, UserAuthOptions } from '../transport-types.js';
import type { ChallengeStep, FirstFactor } from '../types.js';
import { onDemand } from '../on-demand.js';
import { rememberedPasskeyUser } from '../passkey/remembered-passkey-user.js';
import type { SignInMachinery } from './sign-in.js';
import type { AuthResponse, Wire } from './wire.js';

const firstFactors: readonly string[] = ['WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP', 'PASSWORD', 'PASSWORD_SRP'];
const isPassword = (factor: FirstFactor | undefined) => factor === 'PASSWORD' || factor === 'PASSWORD_SRP';

/**
 * Choice-based sign-in (InitiateAuth USER_AUTH): the user names themselves, Cognito answers with the preferred way
 * or SELECT_CHALLENGE and the ways it offers (`AvailableChallenges`); a passkey, a one-time code or the password
 * follows. Any first-factor step can switch to another way: Cognito cannot go back within a challenge session, so
 * the switch starts a fresh one for the same user (nothing typed again). A new code is a fresh challenge, too.
 * Fetched only by apps with `authFlow: 'USER_AUTH'`.
 */
const loadCeremony = onDemand(() => import('../passkey/ceremony.js'));

export function userAuthSignIn({ clientId: ClientId, withContext }: Wire, machinery: SignInMachinery, config: TransportConfig) {
  const { send } = machinery;

  return function signIn(username: string, givenPassword: string | undefined, options: UserAuthOptions & { session?: string } = {}): Promise<SignInOutcome> {
    /** A remembered device's key: with a password it asks for the device's proof (no MFA), otherwise no new device. */
    const device = (): Record<string, string> => {
      const DEVICE_KEY = machinery.deviceKeyOf(username);
      return DEVICE_KEY ? { DEVICE_KEY } : {};
    };
    let offered: FirstFactor[] = [];
    // The last way asked for, and the password typed for it: a new MFA code signs in again with them (Cognito has no
    // operation that resends one), so they live as long as this sign-in's steps do.
    let current: FirstFactor | undefined;
    let typed = givenPassword;
    // MFA choices after the password (which factor, which address to set up): made again for a new code.
    let choices: ChallengeAnswer[] = [];

    const respond = async (Session: string | undefined, ChallengeName: string, responses: Record<string, string>, viaPassword = false) =>
      handle(
        await send<AuthResponse>(
          'RespondToAuthChallenge',
          withContext(username, { ChallengeName, ChallengeResponses: { USERNAME: username, ...responses, ...device() }, ClientId, Session }),
          'ChallengeResponses',
        ),
        viaPassword,
      );

    async function start(preferred: FirstFactor | undefined, password: string | undefined, Session?: string): Promise<SignInOutcome> {
      current = preferred;
      if (password) typed = password;
      if (isPassword(preferred) && !password) return step({ step: 'password', options: offered }, async (answer) => start(preferred, answerPassword(answer)));
      const srp = preferred === 'PASSWORD_SRP' ? await (await loadSrp()).startSignInSrp() : undefined;
      const AuthParameters = {
        USERNAME: username,
        ...(preferred ? { PREFERRED_CHALLENGE: preferred } : {}),
        // With SRP the device key goes with the proof (machinery.provePassword), as under USER_SRP_AUTH.
        ...(preferred === 'PASSWORD' ? { PASSWORD: password, ...device() } : {}),
        ...(srp ? { SRP_A: srp.srpA } : {}),
      };
      const params = { AuthFlow: 'USER_AUTH', ClientId, AuthParameters, ClientMetadata: {}, ...(Session ? { Session } : {}) };
      const data = await send<AuthResponse & { AvailableChallenges?: string[] }>('InitiateAuth', withContext(username, params), 'AuthParameters');
      if (data.AvailableChallenges) offered = data.AvailableChallenges.filter((c): c is FirstFactor => firstFactors.includes(c));
      if (srp && data.ChallengeName === 'PASSWORD_VERIFIER') return machinery.provePassword(username, password ?? '', srp, data).then(withSwitch);
      return handle(data, isPassword(preferred));
    }

    /** A new code: the same way again, and the MFA choices made on the way again, so the code goes where the last went. */
    async function again(): Promise<SignInOutcome> {
      const made = choices;
      choices = [];
      let outcome = await start(current, typed);
      for (const choice of made) {
        const at = outcome.kind === 'challenge' ? outcome.step.step : '';
        if (outcome.kind === 'challenge' && (choice.kind === 'emailAddress' ? at === 'emailSetup' : at === 'selectMfa' || at === 'mfaSetup')) outcome = await outcome.answer(choice);
      }
      return outcome;
    }

    /** A step whose answer goes to `answer`, except a switch to another way (a fresh challenge) and a new code. */
    const step = (shown: ChallengeStep, answer: (answer: ChallengeAnswer) => Promise<SignInOutcome>): SignInOutcome => ({
      kind: 'challenge',
      step: shown,
      answer: async (given) => {
        if (given.kind === 'selectChallenge' && shown.step !== 'selectChallenge') {
          choices = [];
          return start(given.challenge, given.password);
        }
        if (given.kind === 'resendCode') return again();
        return answer(given);
      },
    });

    /** Steps after the first factor (MFA, a new password) come from the password sign-in; they may switch too. */
    function withSwitch(outcome: SignInOutcome): SignInOutcome {
      return outcome.kind === 'challenge'
        ? step(outcome.step, async (answer) => {
            const next = await outcome.answer(answer);
            if (answer.kind === 'selectMfa' || answer.kind === 'emailAddress') choices.push(answer);
            return withSwitch(next);
          })
        : outcome;
    }

    function handle(data: AuthResponse & { AvailableChallenges?: string[] }, viaPassword: boolean): SignInOutcome | Promise<SignInOutcome> {
      const { ChallengeName: name, ChallengeParameters: parameters = {}, Session } = data;
      if (data.AvailableChallenges) offered = data.AvailableChallenges.filter((c): c is FirstFactor => firstFactors.includes(c));
      const delivery = { destination: parameters.CODE_DELIVERY_DESTINATION, medium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM };
      switch (name) {
        case 'SELECT_CHALLENGE':
          return step({ step: 'selectChallenge', options: offered }, async (answer) => {
            if (answer.kind !== 'selectChallenge') throw misfit(answer, 'selectChallenge');
            const { challenge, password } = answer;
            current = challenge;
            if (isPassword(challenge) && !password) {
              // The choice waits for the password, then goes on this same challenge session.
              return step({ step: 'password', options: offered }, async (next) => choose(Session, challenge, answerPassword(next)));
            }
            return choose(Session, challenge, password);
          });
        case 'EMAIL_OTP':
        case 'SMS_OTP':
          if (viaPassword && name === 'EMAIL_OTP') break;
          return step({ step: name === 'EMAIL_OTP' ? 'emailOtp' : 'smsOtp', delivery: { ...delivery, medium: delivery.medium ?? (name === 'EMAIL_OTP' ? 'EMAIL' : 'SMS') }, options: offered }, async (answer) => {
            if (answer.kind !== 'mfaCode') throw misfit(answer, 'code');
            return respond(Session, name, { [`${name}_CODE`]: answer.code.trim() });
          });
        case 'WEB_AUTHN':
          return step({ step: 'passkey', options: offered }, async (answer) => {
            if (answer.kind !== 'passkey') throw misfit(answer, 'passkey');
            const conditional = answer.conditional && { signal: answer.conditional };
            const credential = await (await loadCeremony()).getPasskey(parameters.CREDENTIAL_REQUEST_OPTIONS ?? '{}', conditional);
            const outcome = await respond(Session, 'WEB_AUTHN', { CREDENTIAL: JSON.stringify(credential) });
            // The next visit can offer this user's passkey in the email field's autofill.
            if (outcome.kind === 'tokens') rememberedPasskeyUser(config).remember(username);
            return outcome;
          });
      }
      return Promise.resolve(machinery.resume(username, data)).then(withSwitch);
    }

    async function choose(Session: string | undefined, challenge: FirstFactor, password: string | undefined): Promise<SignInOutcome> {
      if (password) typed = password;
      const srp = challenge === 'PASSWORD_SRP' ? await (await loadSrp()).startSignInSrp() : undefined;
      // The credential goes with the choice (one request): the plain password with the device key, or SRP_A.
      const extra = challenge === 'PASSWORD' ? { PASSWORD: password ?? '', ...device() } : srp ? { SRP_A: srp.srpA } : {};
      const data = await send<AuthResponse>(
        'RespondToAuthChallenge',
        withContext(username, { ChallengeName: 'SELECT_CHALLENGE', ChallengeResponses: { USERNAME: username, ANSWER: challenge, ...extra }, ClientId, Session }),
        'ChallengeResponses',
      );
      if (srp && data.ChallengeName === 'PASSWORD_VERIFIER') return machinery.provePassword(username, password ?? '', srp, data).then(withSwitch);
      return handle(data, isPassword(challenge));
    }

    // A password given up front is proved with SRP, as everywhere in the kit: it never leaves the device.
    const preferred = options.preferredChallenge ?? (givenPassword ? 'PASSWORD_SRP' : undefined);
    return Promise.resolve(start(options.session ? undefined : preferred, givenPassword, options.session));
  };
}

function answerPassword(answer: ChallengeAnswer): string {
  if (answer.kind !== 'password' || !answer.password) throw misfit(answer, 'password');
  return answer.password;
}

const misfit = (answer: ChallengeAnswer, expected: string) => new Error(`A ${answer.kind} answer does not fit this step; it expects ${expected}.`);
