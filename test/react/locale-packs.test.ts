import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar/index';
import { de } from '../../src/locales/de/index';
import { en } from '../../src/locales/en/index';
import { es } from '../../src/locales/es/index';
import { fr } from '../../src/locales/fr/index';
import { he } from '../../src/locales/he/index';
import { it as italian } from '../../src/locales/it/index';
import { ja } from '../../src/locales/ja/index';
import { ko } from '../../src/locales/ko/index';
import { nl } from '../../src/locales/nl/index';
import { ptBR } from '../../src/locales/pt-BR/index';
import { zhCN } from '../../src/locales/zh-CN/index';
import { oauthErrorMessages } from '../../src/core/oauth/oauth-errors';
import { passkeyError } from '../../src/core/passkey/passkey-errors';
import type { LocalePack } from '../../src/react/locale-pack';
import { defaultMessages } from '../../src/react/messages';

const packs: Record<string, LocalePack> = { es, fr, de, it: italian, 'pt-BR': ptBR, nl, ja, ko, 'zh-CN': zhCN, ar, he };

// The passkey and OAuth codes are optional in ErrorMessages (their English travels with their chunks), yet a translated
// app must show them translated: their English is what the core throws.
const optionalErrors: Record<string, string> = {
  ...oauthErrorMessages,
  ...Object.fromEntries(
    ['NotAllowedError', 'InvalidStateError', 'SecurityError', 'NotSupportedError'].map((name) => {
      const error = passkeyError({ name });
      return [error.code, error.message];
    }),
  ),
};

/** Keys a translation may leave as in English (a product name), for every locale. */
const sameEverywhere = new Set(['totpIssuer', 'direction', 'language']);
/** Words a language shares with English, as its own UI writers use them. */
const sameInLocale: Record<string, Set<string>> = {
  it: new Set(['emailLabel', 'passwordLabel', 'emailOption']),
  nl: new Set(['emailOption']),
};

// What each key's value looks like to a reader: strings as they are, functions called with sample arguments.
const samples: Record<string, unknown[][]> = {
  codeHint: [['a***@e***'], [undefined]],
  codeResent: [['a***@e***'], [undefined]],
  smsCodeHint: [['+*******1234'], [undefined]],
  phoneCodeHint: [['+*******1234'], [undefined]],
  emailCodeHint: [['a***@e***'], [undefined]],
  signedInAs: [['ana@example.com']],
  attributeLabel: [['given_name'], ['phone_number']],
  attributeRequired: [['given_name']],
  mfaTurnOn: [['X']],
  mfaTurnOff: [['X']],
  mfaMakePreferred: [['X']],
  deviceLastUsed: [[new Date(Date.UTC(2026, 10, 30))]],
  forgetDeviceConfirm: [['Firefox']],
  deviceForgotten: [['Firefox']],
  forgetDeviceLabel: [['Firefox']],
  passwordRuleLength: [[8]],
  passwordRuleState: [['R', true], ['R', false]],
  oauthContinueWith: [['Google']],
  profileFieldLabel: [['name'], ['phone_number']],
  verifyAttributeTitle: [['email'], ['phone_number']],
  verifyAttributeHint: [['a***@e***'], [undefined]],
  deleteAccountConfirmLabel: [['X']],
  deleteAccountMismatch: [['X']],
  loginIdLabel: [[['email', 'username']], [['email', 'phone_number', 'username']]],
  fieldLabel: [['given_name'], ['birthdate']],
  useOtherWay: [['X']],
  emailSignInCodeHint: [['a***@e***'], [undefined]],
  smsSignInCodeHint: [['+*******1234'], [undefined]],
  passkeyCreated: [[new Date(Date.UTC(2026, 10, 30))]],
  deletePasskeyLabel: [['Firefox']],
  passkeyDeleted: [['Firefox']],
};

function rendered(key: string, value: unknown): string[] {
  if (typeof value !== 'function') return [String(value)];
  const argsList = samples[key];
  if (!argsList) throw new Error(`No sample arguments for the message function "${key}": add them to this test`);
  return argsList.map((args) => String((value as (...a: unknown[]) => unknown)(...args)));
}

/** Every key of the English defaults (errors one by one) the pack misses, or leaves in English. */
function gaps(code: string, pack: LocalePack): string[] {
  const found: string[] = [];
  const english = defaultMessages as unknown as Record<string, unknown>;
  const translated = pack as unknown as Record<string, unknown>;
  for (const key of Object.keys(english)) {
    if (key === 'errors') continue;
    if (!(key in translated)) found.push(`${key}: missing`);
    else if (typeof english[key] !== typeof translated[key]) found.push(`${key}: ${typeof translated[key]} instead of ${typeof english[key]}`);
    else if (!sameEverywhere.has(key) && !sameInLocale[code]?.has(key)) {
      const theirs = rendered(key, translated[key]);
      if (rendered(key, english[key]).some((text, i) => text === theirs[i])) found.push(`${key}: same as English`);
    }
  }
  for (const [code2, text] of Object.entries({ ...defaultMessages.errors, ...optionalErrors })) {
    const theirs = pack.errors[code2 as keyof typeof pack.errors];
    if (theirs === undefined) found.push(`errors.${code2}: missing`);
    else if (theirs === text) found.push(`errors.${code2}: same as English`);
  }
  return found;
}

describe('locale packs', () => {
  it('lists, per locale, every key missing or left in English (empty for a complete pack)', () => {
    const report = Object.fromEntries(Object.entries(packs).map(([code, pack]) => [code, gaps(code, pack)]));
    expect(report).toEqual(Object.fromEntries(Object.keys(packs).map((code) => [code, []])));
  });

  it('finds a gap when a pack misses a key or keeps the English text', () => {
    const { passwordRuleNumber: _dropped, ...rest } = de;
    expect(gaps('de', { ...rest, signInTitle: 'Sign in', errors: { ...de.errors, network: en.errors.network } } as LocalePack)).toEqual([
      'signInTitle: same as English',
      'passwordRuleNumber: missing',
      'errors.network: same as English',
    ]);
  });

  it('finds a gap when a pack misses a passkey or OAuth error code', () => {
    const { passkeyCancelled: _dropped, ...errors } = de.errors;
    expect(gaps('de', { ...de, errors: { ...errors, oauthDeclined: oauthErrorMessages.oauthDeclined } })).toEqual([
      'errors.oauthDeclined: same as English',
      'errors.passkeyCancelled: missing',
    ]);
  });

  it('the English pack is the defaults, left to right', () => {
    expect(en).toEqual({ ...defaultMessages, direction: 'ltr', language: 'en' });
  });

  it.each(Object.entries(packs))('%s names its language and writes in its direction', (code, pack) => {
    expect(pack.language).toBe(code);
    expect(pack.direction).toBe(code === 'ar' || code === 'he' ? 'rtl' : 'ltr');
  });

  it('keeps each pack to its own package entry (an app ships only the packs it imports)', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    for (const code of ['en', ...Object.keys(packs)]) {
      expect(pkg.exports[`./locales/${code}`]).toEqual({ types: `./dist/locales/${code}/index.d.ts`, default: `./dist/locales/${code}/index.js` });
    }
    const publicApi = readFileSync(join(process.cwd(), 'src/index.ts'), 'utf8');
    expect(publicApi).not.toMatch(/locales\//);
  });
});
