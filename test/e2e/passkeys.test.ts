import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../bench/apps';
import { collectPageProblems, launchChromium, recordTraffic, secretSeenInDom, watchDomForSecret, type PageProblems, type SeenRequest } from '../e2e-support/chromium';
import { installTarball, packKit, repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic, type StaticServer } from '../e2e-support/static-server';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { PASSWORDLESS_POOL } from '../support/passwordless-pool';

// Choice-based sign-in (USER_AUTH) in Chromium, from the packed kit, against the harness: passkeys made and used by
// Chromium's own virtual authenticator (DevTools protocol, WebAuthn domain), verified by the harness
// (@simplewebauthn/server). A tampered assertion refused by the harness is covered in
// test/harness/webauthn-passkeys.test.ts ("a tampered assertion is refused with NotAuthorizedException…"), not here.

const APP_DIR = join(repoRoot, 'test', '.tmp', 'passkeys-app');
const PASSWORD = `Passkey-${Date.now().toString(36)}-Secret-9!`;

/** LoginForm (RegisterForm with ?page=register, Authenticator offerPasskey with ?page=offer) under USER_AUTH; signed in: the user, PasskeyManager, "Sign out". */
const app = {
  name: 'passkeys',
  main: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, Authenticator, LoginForm, PasskeyManager, ProtectedRoute, RegisterForm, useSession, useSignOut } from 'react-cognito-kit';
import 'react-cognito-kit/styles.css';

const q = new URLSearchParams(location.search);

function SignedIn() {
  const { user } = useSession();
  const signOut = useSignOut();
  return (
    <>
      <p>Signed in as {user?.email}</p>
      <PasskeyManager />
      <button type="button" onClick={() => signOut.mutate()}>Sign out</button>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider config={{ userPoolId: q.get('pool')!, clientId: q.get('client')!, endpoint: q.get('endpoint')!, authFlow: 'USER_AUTH' }}>
      {q.get('page') === 'offer' ? (
        <Authenticator offerPasskey>
          <SignedIn />
        </Authenticator>
      ) : (
        <ProtectedRoute fallback={q.get('page') === 'register' ? <RegisterForm /> : <LoginForm />}>
          <SignedIn />
        </ProtectedRoute>
      )}
    </AuthProvider>
  </StrictMode>,
);
`,
};

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let built: BuiltApp;
let browser: Browser;
let site: StaticServer;
/** The pages' origin: the pool's relying party is "localhost", and WebAuthn refuses an IP address as RP id. */
let origin: string;

beforeAll(async () => {
  const [started] = await Promise.all([
    startCognitoEmulator(),
    (async () => {
      await rm(APP_DIR, { recursive: true, force: true });
      await installTarball(await packKit(), APP_DIR);
      built = await buildApp(app, APP_DIR);
    })(),
  ]);
  emulator = started;
  pool = await emulator.createPool({ ...PASSWORDLESS_POOL, name: 'passkeys-e2e' });
  site = await serveStatic(built.distDir);
  origin = site.url.replace('127.0.0.1', 'localhost');
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await emulator?.stop();
  if (!process.env.KEEP_E2E_APP) await rm(APP_DIR, { recursive: true, force: true });
}, 60_000);

const newEmail = (tag: string) => `pk.${tag}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;

interface Tab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  authenticatorId: string;
  problems: PageProblems;
  requests: SeenRequest[];
}

/**
 * The page's WebAuthn requests as the browser got them (navigator.credentials.get, observed and passed on
 * unchanged): whether each was a conditional (autofill) one, and whether its signal has aborted it.
 */
const observeWebAuthn = () => {
  const seen: Array<{ mediation?: string; signal?: AbortSignal }> = [];
  const get = navigator.credentials.get.bind(navigator.credentials);
  (window as unknown as { __webAuthnGets: typeof seen }).__webAuthnGets = seen;
  navigator.credentials.get = (options?: CredentialRequestOptions) => {
    seen.push({ mediation: options?.mediation, signal: options?.signal ?? undefined });
    return get(options);
  };
};
const webAuthnRequests = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __webAuthnGets: Array<{ mediation?: string; signal?: AbortSignal }> }).__webAuthnGets.map((g) => ({ mediation: g.mediation, aborted: g.signal?.aborted ?? false })),
  );

/** A fresh context with one page on the app and a virtual platform authenticator (user verified, presence automatic). */
async function openApp(query: Record<string, string> = {}): Promise<Tab> {
  const context = await browser.newContext();
  await watchDomForSecret(context, PASSWORD);
  await context.addInitScript(observeWebAuthn);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const problems = collectPageProblems(page);
  const { requests } = recordTraffic(page);
  const params = new URLSearchParams({ pool: pool.userPoolId, client: pool.clientId, endpoint: emulator.endpoint, ...query });
  await page.goto(`${origin}/?${params}`);
  return { context, page, cdp, authenticatorId, problems, requests };
}

const operations = (requests: SeenRequest[]) => requests.map((r) => r.target?.split('.')[1]).filter(Boolean);

/** Email on the first screen ("Continue"), then the way-picker Cognito's SELECT_CHALLENGE leads to. */
async function startSignIn(page: Page, email: string) {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByRole('button', { name: 'Continue', exact: true }).click();
  const choose = page.getByRole('form', { name: 'Choose how to sign in' });
  await choose.waitFor();
  return choose;
}

const presence = (cdp: CDPSession, authenticatorId: string, enabled: boolean) => cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled });

const asksForPasskey = (r: SeenRequest) => !!r.target?.endsWith('.InitiateAuth') && !!r.body?.includes('"PREFERRED_CHALLENGE":"WEB_AUTHN"');

/** The sign-in form asked Cognito for the remembered user's WebAuthn challenge (after request `from`): its autofill request follows. */
async function autofillPending(requests: SeenRequest[], from = 0) {
  await expect.poll(() => requests.slice(from).some(asksForPasskey), { timeout: 10_000 }).toBe(true);
}

/** Signs in with the password on the way-picker, then adds a passkey on this device in PasskeyManager. */
async function signInAndAddPasskey(page: Page, email: string) {
  const choose = await startSignIn(page, email);
  await choose.getByRole('radio', { name: 'My password' }).check();
  await choose.getByRole('button', { name: 'Continue', exact: true }).click();
  const passwordForm = page.getByRole('form', { name: 'Enter your password' });
  await passwordForm.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await passwordForm.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
  const manager = page.getByRole('region', { name: 'Passkeys' });
  await manager.getByRole('button', { name: 'Add a passkey' }).click();
  await expect.poll(() => manager.locator('.rck-alert').textContent(), { timeout: 10_000 }).toBe('Passkey added. You can sign in with it next time.');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('form', { name: 'Sign in' }).waitFor();
}

describe('choice-based sign-in in Chromium (USER_AUTH, virtual authenticator)', () => {
  it('password → adds a passkey → signs in with it → deletes it → sign-in no longer offers it', async () => {
    const email = newEmail('passkey');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    const { context, page, cdp, authenticatorId, problems, requests } = await openApp();
    try {
      // 1. The password, chosen on the way-picker; no passkey offered yet.
      let choose = await startSignIn(page, email);
      expect((await choose.locator('label').allTextContents()).sort()).toEqual(['A code by email', 'My password']);
      await choose.getByRole('radio', { name: 'My password' }).check();
      await choose.getByRole('button', { name: 'Continue', exact: true }).click();
      const passwordForm = page.getByRole('form', { name: 'Enter your password' });
      await passwordForm.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await passwordForm.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(`Signed in as ${email}`).waitFor();

      // 2. PasskeyManager: none yet; "Add a passkey" runs navigator.credentials.create() on the virtual authenticator.
      const manager = page.getByRole('region', { name: 'Passkeys' });
      await manager.getByText('You have no passkeys yet.').waitFor();
      await manager.getByRole('button', { name: 'Add a passkey' }).click();
      // The announcement (error or not) is the one live region: an error would show here instead, not time out.
      const notice = manager.locator('.rck-alert');
      await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toBe('Passkey added. You can sign in with it next time.');
      expect(await notice.getAttribute('role')).toBe('status');
      expect(await page.evaluate(() => document.activeElement?.textContent), 'focus moved to the announcement').toBe('Passkey added. You can sign in with it next time.');
      const deleteButton = manager.getByRole('button', { name: /^Delete passkey / });
      await deleteButton.waitFor();
      const stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      expect(stored.credentials).toHaveLength(1);
      expect(stored.credentials[0]).toMatchObject({ rpId: 'localhost', isResidentCredential: true });
      const countAfterCreate = stored.credentials[0]!.signCount;
      const credentialId = stored.credentials[0]!.credentialId;
      const completed = requests.find((r) => r.target?.endsWith('.CompleteWebAuthnRegistration'));
      const registration = JSON.parse(completed!.body!) as { Credential: { id: string; type: string } };
      expect(registration.Credential).toMatchObject({ id: base64ToBase64url(credentialId), type: 'public-key' });
      // The sign-in form now offers this passkey in the email field's autofill: kept pending (no presence) here.
      await presence(cdp, authenticatorId, false);
      const signedOutAt = requests.length;
      await signOut(page);
      await autofillPending(requests, signedOutAt);

      // 3. The passkey, chosen on the way-picker, then "Use passkey": navigator.credentials.get() signs in. Typing
      // the email and pressing "Sign in" aborted the pending autofill request: the browser runs one at a time.
      choose = await startSignIn(page, email);
      await presence(cdp, authenticatorId, true);
      expect((await choose.locator('label').allTextContents()).sort()).toEqual(['A code by email', 'A passkey', 'My password']);
      await choose.getByRole('radio', { name: 'A passkey' }).check();
      await choose.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('form', { name: 'Sign in with a passkey' }).getByRole('button', { name: 'Use passkey', exact: true }).click();
      await page.getByText(`Signed in as ${email}`).waitFor();
      const assertion = requests.filter((r) => r.target?.endsWith('.RespondToAuthChallenge')).at(-1);
      const answered = JSON.parse(assertion!.body!) as { ChallengeName: string; ChallengeResponses: { CREDENTIAL: string } };
      expect(answered.ChallengeName).toBe('WEB_AUTHN');
      expect(JSON.parse(answered.ChallengeResponses.CREDENTIAL)).toMatchObject({ id: base64ToBase64url(credentialId), type: 'public-key' });
      const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      expect(after.credentials[0]!.signCount, 'the authenticator signed one assertion').toBe(countAfterCreate + 1);

      // 4. Delete it in PasskeyManager: gone in Cognito, and sign-in no longer offers a passkey.
      await page.getByRole('button', { name: /^Delete passkey / }).click();
      await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(/^Passkey .+ deleted\.$/);
      await manager.getByText('You have no passkeys yet.').waitFor();
      await signOut(page);
      choose = await startSignIn(page, email);
      expect((await choose.locator('label').allTextContents()).sort()).toEqual(['A code by email', 'My password']);

      expect(operations(requests)).toEqual(
        expect.arrayContaining(['StartWebAuthnRegistration', 'CompleteWebAuthnRegistration', 'ListWebAuthnCredentials', 'DeleteWebAuthnCredential']),
      );
      expect(requests.some((r) => r.url.includes(PASSWORD) || r.url.includes(email)), 'no secret or email in a URL').toBe(false);
      expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('autofill: the passkey added on this device signs in from the email field on the next visit, nothing typed', async () => {
    const email = newEmail('autofill');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    const { context, page, cdp, authenticatorId, problems, requests } = await openApp();
    try {
      await signInAndAddPasskey(page, email);
      await presence(cdp, authenticatorId, false);
      await signOut(page);
      const countBefore = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials[0]!.signCount;

      // The next visit: the virtual authenticator picks the passkey offered in the field's autofill (conditional
      // mediation), as a user choosing it from the email field's suggestions.
      await presence(cdp, authenticatorId, true);
      const reloadedAt = requests.length;
      await page.reload();
      await page.getByText(`Signed in as ${email}`).waitFor({ timeout: 15_000 });
      const sent = requests.slice(reloadedAt).filter((r) => r.target);
      expect(sent.map((r) => r.target!.split('.')[1])).toEqual(expect.arrayContaining(['InitiateAuth', 'RespondToAuthChallenge']));
      const initiate = JSON.parse(sent.find(asksForPasskey)!.body!) as { AuthFlow: string; AuthParameters: Record<string, string> };
      expect(initiate.AuthFlow).toBe('USER_AUTH');
      expect(initiate.AuthParameters.PREFERRED_CHALLENGE).toBe('WEB_AUTHN');
      const answered = JSON.parse(sent.filter((r) => r.target!.endsWith('.RespondToAuthChallenge')).at(-1)!.body!) as { ChallengeName: string };
      expect(answered.ChallengeName).toBe('WEB_AUTHN');
      const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      expect(after.credentials[0]!.signCount, 'the authenticator signed the assertion').toBe(countBefore + 1);

      // Signed out again, the form's email field carries the token the browser's passkey autofill looks for.
      await presence(cdp, authenticatorId, false);
      await signOut(page);
      expect(await page.getByRole('form', { name: 'Sign in' }).getByLabel('Email', { exact: true }).getAttribute('autocomplete')).toBe('username webauthn');
      expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Authenticator offerPasskey: after a password sign-in "Add a passkey" makes one on the device, then the app; no offer next time', async () => {
    const email = newEmail('offer');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    const { context, page, cdp, authenticatorId, problems, requests } = await openApp({ page: 'offer' });
    const withPassword = async () => {
      const choose = await startSignIn(page, email);
      await choose.getByRole('radio', { name: 'My password' }).check();
      await choose.getByRole('button', { name: 'Continue', exact: true }).click();
      const passwordForm = page.getByRole('form', { name: 'Enter your password' });
      await passwordForm.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await passwordForm.getByRole('button', { name: 'Sign in', exact: true }).click();
    };
    try {
      await withPassword();
      const offer = page.getByRole('form', { name: 'Add a passkey for next time?' });
      await offer.waitFor();
      expect(await page.getByText(`Signed in as ${email}`).count(), 'the app waits for the answer').toBe(0);
      await offer.getByRole('button', { name: 'Add a passkey', exact: true }).click();
      await page.getByText(`Signed in as ${email}`).waitFor();
      const stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      expect(stored.credentials).toHaveLength(1);
      await page.getByRole('region', { name: 'Passkeys' }).getByRole('button', { name: /^Delete passkey / }).waitFor();
      expect(operations(requests)).toEqual(expect.arrayContaining(['ListWebAuthnCredentials', 'StartWebAuthnRegistration', 'CompleteWebAuthnRegistration']));

      // The passkey just added is now offered in the email field's autofill: the user, not the authenticator, picks.
      await presence(cdp, authenticatorId, false);
      await signOut(page);
      await withPassword();
      await page.getByText(`Signed in as ${email}`).waitFor();
      expect(await page.getByRole('form', { name: 'Add a passkey for next time?' }).count(), 'no offer to a user with a passkey').toBe(0);
      expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('autofill pending (no presence): submitting the form aborts it, and the password signs in; the passkey is not used', async () => {
    const email = newEmail('autofill-abort');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    const { context, page, cdp, authenticatorId, problems, requests } = await openApp();
    try {
      await signInAndAddPasskey(page, email);
      await presence(cdp, authenticatorId, false);
      const signedOutAt = requests.length;
      await signOut(page);
      await autofillPending(requests, signedOutAt);

      await expect.poll(() => webAuthnRequests(page), { timeout: 10_000 }).toEqual([{ mediation: 'conditional', aborted: false }]);
      const choose = await startSignIn(page, email);
      expect(await webAuthnRequests(page), 'the form submitted: the autofill request was aborted').toEqual([{ mediation: 'conditional', aborted: true }]);
      await choose.getByRole('radio', { name: 'My password' }).check();
      await choose.getByRole('button', { name: 'Continue', exact: true }).click();
      const passwordForm = page.getByRole('form', { name: 'Enter your password' });
      await passwordForm.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await passwordForm.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(`Signed in as ${email}`).waitFor();
      const answers = requests.slice(signedOutAt).filter((r) => r.target?.endsWith('.RespondToAuthChallenge'));
      const names = answers.map((r) => (JSON.parse(r.body!) as { ChallengeName: string }).ChallengeName);
      expect(names[0]).toBe('SELECT_CHALLENGE');
      expect(names, 'no passkey assertion was sent').not.toContain('WEB_AUTHN');
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs in with a code from the emulator inbox (EMAIL_OTP), no password', async () => {
    const email = newEmail('code');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    const { context, page, problems, requests } = await openApp();
    try {
      const choose = await startSignIn(page, email);
      await choose.getByRole('radio', { name: 'A code by email' }).check();
      // signUpConfirmed delivered a sign-up code to this address already: only a code sent from now on counts.
      const code = emulator.codes.waitFor(email, { after: Date.now() });
      await choose.getByRole('button', { name: 'Continue', exact: true }).click();
      const codeForm = page.getByRole('form', { name: 'Enter your sign-in code' });
      await codeForm.getByLabel('Verification code', { exact: true }).fill(await code);
      await codeForm.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(`Signed in as ${email}`).waitFor();
      const answers = requests.filter((r) => r.target?.endsWith('.RespondToAuthChallenge')).map((r) => JSON.parse(r.body!) as { ChallengeName: string; ChallengeResponses: Record<string, string> });
      expect(answers.map((a) => [a.ChallengeName, Object.keys(a.ChallengeResponses).sort()])).toEqual([
        ['SELECT_CHALLENGE', ['ANSWER', 'USERNAME']],
        ['EMAIL_OTP', ['EMAIL_OTP_CODE', 'USERNAME']],
      ]);
      expect(requests.some((r) => r.body?.includes(PASSWORD)), 'the password was never sent').toBe(false);
      expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sign-up, then the code signs in with the Session SignUp and ConfirmSignUp hand on: the password is not sent again', async () => {
    const email = newEmail('signup');
    const { context, page, problems, requests } = await openApp({ page: 'register' });
    try {
      const form = page.getByRole('form', { name: 'Create an account' });
      await form.getByLabel('Email', { exact: true }).fill(email);
      await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await form.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
      const code = emulator.codes.waitFor(email);
      await form.getByRole('button', { name: 'Create account', exact: true }).click();
      const codeField = page.getByLabel('Verification code', { exact: true });
      await codeField.waitFor();
      await codeField.fill(await code);
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      await page.getByText(`Signed in as ${email}`).waitFor();
      const confirmAt = requests.findIndex((r) => r.target?.endsWith('.ConfirmSignUp'));
      // SignUp's Session went with ConfirmSignUp (the API reference's way to sign the new user in at once).
      expect((JSON.parse(requests[confirmAt]!.body!) as { Session?: string }).Session).toEqual(expect.any(String));
      const afterConfirm = requests.slice(confirmAt + 1).filter((r) => r.target);
      expect(afterConfirm.map((r) => r.target?.split('.')[1])[0]).toBe('InitiateAuth');
      const initiate = JSON.parse(afterConfirm[0]!.body!) as { AuthFlow: string; Session?: string; AuthParameters: Record<string, string> };
      expect(initiate.AuthFlow).toBe('USER_AUTH');
      expect(initiate.Session).toEqual(expect.any(String));
      expect(Object.keys(initiate.AuthParameters)).toEqual(['USERNAME']);
      expect(requests.slice(confirmAt).some((r) => r.body?.includes(PASSWORD)), 'no password after the code').toBe(false);
      expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

const base64ToBase64url = (value: string) => value.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
