import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/core/passkey/base64url';
import { passkeyError } from '../../src/core/passkey/passkey-errors';
import { toAuthError } from '../../src/core/cognito-errors';

describe('passkey bytes and errors', () => {
  it('base64url round-trips every byte value, without padding or + /', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64url(bytes)!;
    expect(text).not.toMatch(/[+/=]/);
    expect(new Uint8Array(fromBase64url(text))).toEqual(bytes);
    expect(toBase64url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it("maps the browser's refusals to specific codes; a relying-party mismatch names the setting and the page's host", () => {
    const dom = (name: string) => Object.assign(new Error(name), { name });
    expect(passkeyError(dom('NotAllowedError')).code).toBe('passkeyCancelled');
    expect(passkeyError(dom('NotAllowedError')).message).toMatch(/no passkey for this site/);
    expect(passkeyError(dom('InvalidStateError')).code).toBe('passkeyExists');
    expect(passkeyError(dom('NotSupportedError')).code).toBe('passkeyUnsupported');
    const mismatch = passkeyError(dom('SecurityError'), { rpId: 'example.com' });
    expect(mismatch.code).toBe('passkeyRelyingParty');
    expect(mismatch.message).toMatch(/"example\.com".*RelyingPartyId.*webAuthn\.relyingPartyId/);
    expect(passkeyError(new Error('odd')).code).toBe('unknown');
  });

  it("maps Cognito's WebAuthn exceptions, keeping Cognito's message", () => {
    const sdk = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(toAuthError(sdk('WebAuthnRelyingPartyMismatchException', 'RP mismatch'), 'answerChallenge')).toMatchObject({ code: 'passkeyRelyingParty', message: 'RP mismatch' });
    expect(toAuthError(sdk('WebAuthnNotEnabledException', 'off'), 'passkeys').code).toBe('passkeyUnsupported');
    expect(toAuthError(sdk('WebAuthnChallengeNotFoundException', 'gone'), 'passkeys').code).toBe('expiredCode');
  });
});
