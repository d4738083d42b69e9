import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { SoftwareAuthenticator } from '../support/software-authenticator';
import { originAllowed } from '../support/webauthn-configuration';
import { REGISTRATION_TIMEOUT_MS } from '../support/webauthn-registration';
import { callCognito } from './sdk-client';

// Passkeys as the harness answers them over HTTP, verified with @simplewebauthn/server (test/support/webauthn-*.ts):
// registration, sign-in with USER_AUTH's WEB_AUTHN challenge, list and delete. The authenticator is software made in
// the test (node:crypto P-256, "none" attestation), standing in for a browser's: the e2e tests use Chromium's.

const PASSWORD = 'Correct-Horse-7-Battery';
const ORIGIN = 'http://localhost:5173';
let emulator: CognitoEmulator;
let passkeys: EmulatorPool;
let uvRequired: EmulatorPool;
let noWebAuthn: EmulatorPool;
let unconfigured: EmulatorPool;
let n = 0;

type Body = Record<string, unknown>;
const call = async (target: string, body: unknown): Promise<Body> => {
  const answer = await callCognito(emulator.endpoint, target, body);
  if (answer.status !== 200) throw new Error(`${String(answer.body.__type)}: ${String(answer.body.message)}`);
  return answer.body;
};
const failure = async (target: string, body: unknown) => {
  const answer = await callCognito(emulator.endpoint, target, body);
  expect(answer.status).toBe(400);
  return { type: String(answer.body.__type), message: String(answer.body.message) };
};

/** A confirmed user of `on`, signed in with the password: their address and access token. */
async function signedIn(on: EmulatorPool, label: string, clientId = on.clientId): Promise<{ address: string; token: string }> {
  const address = `${label}.${n++}@example.com`;
  await emulator.admin.signUpConfirmed(on.userPoolId, on.clientId, address, PASSWORD);
  const answer = await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: address, PASSWORD } });
  return { address, token: (answer.AuthenticationResult as { AccessToken: string }).AccessToken };
}

interface CreationOptions {
  challenge: string;
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  excludeCredentials: Array<{ id: string }>;
  authenticatorSelection: { userVerification: string; residentKey: string };
}

const start = async (token: string): Promise<CreationOptions> => (await call('StartWebAuthnRegistration', { AccessToken: token })).CredentialCreationOptions as CreationOptions;

async function register(token: string, authenticator = new SoftwareAuthenticator()): Promise<SoftwareAuthenticator> {
  const options = await start(token);
  expect(await call('CompleteWebAuthnRegistration', { AccessToken: token, Credential: authenticator.create(options, { origin: ORIGIN }) })).toEqual({});
  return authenticator;
}

async function webAuthnChallenge(on: EmulatorPool, address: string): Promise<{ session: unknown; options: { challenge: string; rpId: string; allowCredentials: Array<{ id: string }>; userVerification: string } }> {
  const answer = await call('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: on.clientId, AuthParameters: { USERNAME: address, PREFERRED_CHALLENGE: 'WEB_AUTHN' } });
  expect(answer.ChallengeName).toBe('WEB_AUTHN');
  const params = answer.ChallengeParameters as { CREDENTIAL_REQUEST_OPTIONS: string };
  return { session: answer.Session, options: JSON.parse(params.CREDENTIAL_REQUEST_OPTIONS) as never };
}

const answerWebAuthn = (on: EmulatorPool, address: string, session: unknown, credential: unknown) => ({
  ClientId: on.clientId,
  ChallengeName: 'WEB_AUTHN',
  Session: session,
  ChallengeResponses: { USERNAME: address, CREDENTIAL: JSON.stringify(credential) },
});

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  const signInPolicy = { allowedFirstAuthFactors: ['PASSWORD' as const, 'WEB_AUTHN' as const] };
  passkeys = await emulator.createPool({ signInPolicy, webAuthn: { relyingPartyId: 'localhost' } });
  uvRequired = await emulator.createPool({ signInPolicy, webAuthn: { relyingPartyId: 'localhost', userVerification: 'required' } });
  noWebAuthn = await emulator.createPool({ signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] }, webAuthn: { relyingPartyId: 'localhost' } });
  unconfigured = await emulator.createPool({ signInPolicy });
});
afterEach(() => emulator.clock.reset());
afterAll(() => emulator.stop());

describe('relying party origins', () => {
  it('the RP id or a subdomain of it, over https; http only on localhost', () => {
    expect(originAllowed('https://example.com', 'example.com')).toBe(true);
    expect(originAllowed('https://app.example.com:8443', 'example.com')).toBe(true);
    expect(originAllowed('https://badexample.com', 'example.com')).toBe(false);
    expect(originAllowed('https://example.com.evil.net', 'example.com')).toBe(false);
    expect(originAllowed('http://example.com', 'example.com')).toBe(false);
    expect(originAllowed('http://localhost:5173', 'localhost')).toBe(true);
    expect(originAllowed('http://127.0.0.1:5173', 'localhost')).toBe(false);
    expect(originAllowed('https://example.com/path', 'example.com')).toBe(false);
  });
});

describe('StartWebAuthnRegistration / CompleteWebAuthnRegistration', () => {
  it('creation options for the user and the relying party; the completed passkey is listed', async () => {
    const { address, token } = await signedIn(passkeys, 'register');
    const options = await start(token);
    expect(options).toMatchObject({
      rp: { id: 'localhost' },
      user: { name: address, displayName: address },
      excludeCredentials: [],
      authenticatorSelection: { userVerification: 'preferred', residentKey: 'required' },
    });
    expect(options.challenge.length).toBeGreaterThanOrEqual(43);
    const authenticator = new SoftwareAuthenticator();
    await call('CompleteWebAuthnRegistration', { AccessToken: token, Credential: authenticator.create(options, { origin: ORIGIN }) });

    const listed = await call('ListWebAuthnCredentials', { AccessToken: token });
    expect(listed).toEqual({
      Credentials: [
        {
          CredentialId: authenticator.id,
          FriendlyCredentialName: expect.any(String),
          RelyingPartyId: 'localhost',
          AuthenticatorAttachment: 'platform',
          AuthenticatorTransports: ['internal'],
          CreatedAt: expect.any(Number),
        },
      ],
    });
    expect((await start(token)).excludeCredentials).toEqual([expect.objectContaining({ id: authenticator.id })]);
    expect(await call('GetUserAuthFactors', { AccessToken: token })).toMatchObject({ ConfiguredUserAuthFactors: ['PASSWORD', 'WEB_AUTHN'] });
  });

  it('refuses a pool without passkeys as a first factor, and one without a relying party id', async () => {
    const off = await signedIn(noWebAuthn, 'off');
    expect((await failure('StartWebAuthnRegistration', { AccessToken: off.token })).type).toBe('WebAuthnNotEnabledException');
    const missing = await signedIn(unconfigured, 'missing');
    expect((await failure('StartWebAuthnRegistration', { AccessToken: missing.token })).type).toBe('WebAuthnConfigurationMissingException');
  });

  it('refuses another origin, another relying party, a challenge never started or expired, and another app client', async () => {
    const { token } = await signedIn(passkeys, 'refusals');
    const complete = (credential: unknown, accessToken = token) => failure('CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential: credential });

    expect((await complete(new SoftwareAuthenticator().create(await start(token), { origin: 'https://evil.example' }))).type).toBe('WebAuthnOriginNotAllowedException');
    expect((await complete(new SoftwareAuthenticator().create(await start(token), { origin: ORIGIN, rpId: 'example.com' }))).type).toBe('WebAuthnRelyingPartyMismatchException');

    const options = await start(token);
    const credential = new SoftwareAuthenticator().create(options, { origin: ORIGIN });
    emulator.clock.advance(REGISTRATION_TIMEOUT_MS);
    expect((await complete(credential)).type).toBe('WebAuthnChallengeNotFoundException');
    emulator.clock.reset();
    // The challenge is single use: the refused answer spent it.
    expect((await complete(credential)).type).toBe('WebAuthnChallengeNotFoundException');

    const other = await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: passkeys.shortClientId, AuthParameters: { USERNAME: (await call('GetUser', { AccessToken: token })).Username, PASSWORD } });
    const otherToken = (other.AuthenticationResult as { AccessToken: string }).AccessToken;
    const fromFirstClient = new SoftwareAuthenticator().create(await start(token), { origin: ORIGIN });
    expect((await complete(fromFirstClient, otherToken)).type).toBe('WebAuthnClientMismatchException');
  });

  it('refuses a passkey registered already, and one without user verification where the pool requires it', async () => {
    const { token } = await signedIn(passkeys, 'duplicate');
    const authenticator = await register(token);
    expect((await failure('CompleteWebAuthnRegistration', { AccessToken: token, Credential: authenticator.create(await start(token), { origin: ORIGIN }) })).type).toBe(
      'WebAuthnCredentialNotSupportedException',
    );

    const strict = await signedIn(uvRequired, 'uv');
    const options = await start(strict.token);
    expect(options.authenticatorSelection.userVerification).toBe('required');
    const presenceOnly = new SoftwareAuthenticator({ userVerification: false });
    expect((await failure('CompleteWebAuthnRegistration', { AccessToken: strict.token, Credential: presenceOnly.create(options, { origin: ORIGIN }) })).type).toBe(
      'WebAuthnCredentialNotSupportedException',
    );
    await register(strict.token, new SoftwareAuthenticator({ userVerification: true }));
  });
});

describe('sign-in with a passkey (WEB_AUTHN)', () => {
  it('request options name the passkey; the assertion signs in with no MFA; the session is single use', async () => {
    const { address, token } = await signedIn(passkeys, 'sign-in');
    const authenticator = await register(token);
    const select = await call('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: passkeys.clientId, AuthParameters: { USERNAME: address } });
    expect(select.AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP', 'WEB_AUTHN']);
    const chosen = await call('RespondToAuthChallenge', { ClientId: passkeys.clientId, ChallengeName: 'SELECT_CHALLENGE', Session: select.Session, ChallengeResponses: { USERNAME: address, ANSWER: 'WEB_AUTHN' } });
    expect(chosen.ChallengeName).toBe('WEB_AUTHN');

    const { session, options } = await webAuthnChallenge(passkeys, address);
    expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'preferred', allowCredentials: [expect.objectContaining({ id: authenticator.id })] });
    const answer = answerWebAuthn(passkeys, address, session, authenticator.get(options, { origin: ORIGIN }));
    const done = await call('RespondToAuthChallenge', answer);
    const accessToken = (done.AuthenticationResult as { AccessToken: string }).AccessToken;
    expect((await call('GetUser', { AccessToken: accessToken })).UserAttributes).toEqual(expect.arrayContaining([{ Name: 'email', Value: address }]));
    expect(await failure('RespondToAuthChallenge', answer)).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });
  });

  it('a tampered assertion is refused with NotAuthorizedException; so is a wrong challenge and another origin', async () => {
    const { address, token } = await signedIn(passkeys, 'tampered');
    const authenticator = await register(token);

    const first = await webAuthnChallenge(passkeys, address);
    const credential = authenticator.get(first.options, { origin: ORIGIN }) as { response: { signature: string } };
    const signature = Buffer.from(credential.response.signature, 'base64url');
    signature.writeUInt8(signature.readUInt8(signature.length - 1) ^ 0x01, signature.length - 1);
    const tampered = { ...credential, response: { ...credential.response, signature: signature.toString('base64url') } };
    expect((await failure('RespondToAuthChallenge', answerWebAuthn(passkeys, address, first.session, tampered))).type).toBe('NotAuthorizedException');

    const second = await webAuthnChallenge(passkeys, address);
    const wrongChallenge = authenticator.get({ ...second.options, challenge: Buffer.from('another challenge').toString('base64url') }, { origin: ORIGIN });
    expect((await failure('RespondToAuthChallenge', answerWebAuthn(passkeys, address, second.session, wrongChallenge))).type).toBe('NotAuthorizedException');

    const third = await webAuthnChallenge(passkeys, address);
    expect((await failure('RespondToAuthChallenge', answerWebAuthn(passkeys, address, third.session, authenticator.get(third.options, { origin: 'https://evil.example' })))).type).toBe(
      'WebAuthnOriginNotAllowedException',
    );
  });

  it('the signature counter is stored; an assertion whose counter does not move forward (a clone) is refused', async () => {
    const { address, token } = await signedIn(passkeys, 'counter');
    const authenticator = await register(token, new SoftwareAuthenticator({ counter: 5 }));
    const first = await webAuthnChallenge(passkeys, address);
    await call('RespondToAuthChallenge', answerWebAuthn(passkeys, address, first.session, authenticator.get(first.options, { origin: ORIGIN })));
    authenticator.setCounter(5);
    const replay = await webAuthnChallenge(passkeys, address);
    expect((await failure('RespondToAuthChallenge', answerWebAuthn(passkeys, address, replay.session, authenticator.get(replay.options, { origin: ORIGIN })))).type).toBe(
      'NotAuthorizedException',
    );
    const next = await webAuthnChallenge(passkeys, address);
    const signedInAgain = await call('RespondToAuthChallenge', answerWebAuthn(passkeys, address, next.session, authenticator.get(next.options, { origin: ORIGIN })));
    expect(signedInAgain.AuthenticationResult).toBeDefined();
  });
});

describe('admin.addPasskey', () => {
  it('registers a software passkey for a user without the ceremony; it signs that user in', async () => {
    const address = `added.${n++}@example.com`;
    await emulator.admin.signUpConfirmed(passkeys.userPoolId, passkeys.clientId, address, PASSWORD);
    const authenticator = new SoftwareAuthenticator();
    await emulator.admin.addPasskey(passkeys.userPoolId, address, authenticator);
    const { session, options } = await webAuthnChallenge(passkeys, address);
    const done = await call('RespondToAuthChallenge', answerWebAuthn(passkeys, address, session, authenticator.get(options, { origin: ORIGIN })));
    expect(done.AuthenticationResult).toBeDefined();
  });
});

describe('ListWebAuthnCredentials / DeleteWebAuthnCredential', () => {
  it('pages with MaxResults and NextToken; refuses MaxResults above 20 and a foreign NextToken', async () => {
    const { token } = await signedIn(passkeys, 'pages');
    const ids = [(await register(token)).id, (await register(token)).id, (await register(token)).id];
    const first = await call('ListWebAuthnCredentials', { AccessToken: token, MaxResults: 2 });
    const firstIds = (first.Credentials as Array<{ CredentialId: string }>).map((c) => c.CredentialId);
    expect(firstIds).toEqual(ids.slice(0, 2));
    expect(typeof first.NextToken).toBe('string');
    const second = await call('ListWebAuthnCredentials', { AccessToken: token, MaxResults: 2, NextToken: first.NextToken });
    expect((second.Credentials as Array<{ CredentialId: string }>).map((c) => c.CredentialId)).toEqual(ids.slice(2));
    expect(second.NextToken).toBeUndefined();
    expect((await failure('ListWebAuthnCredentials', { AccessToken: token, MaxResults: 21 })).type).toBe('InvalidParameterException');
    const someoneElse = await signedIn(passkeys, 'foreign');
    expect((await failure('ListWebAuthnCredentials', { AccessToken: someoneElse.token, NextToken: first.NextToken })).type).toBe('InvalidParameterException');
  });

  it('delete removes the passkey: sign-in no longer offers it; an unknown id is ResourceNotFoundException', async () => {
    const { address, token } = await signedIn(passkeys, 'delete');
    const authenticator = await register(token);
    expect(await call('DeleteWebAuthnCredential', { AccessToken: token, CredentialId: authenticator.id })).toEqual({});
    expect(await call('ListWebAuthnCredentials', { AccessToken: token })).toEqual({ Credentials: [] });
    const select = await call('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: passkeys.clientId, AuthParameters: { USERNAME: address, PREFERRED_CHALLENGE: 'WEB_AUTHN' } });
    expect(select).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP'] });
    expect((await failure('DeleteWebAuthnCredential', { AccessToken: token, CredentialId: authenticator.id })).type).toBe('ResourceNotFoundException');
  });
});
