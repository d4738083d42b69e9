import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { countryOf, dialCodes, toE164 } from '../../src/react/fields/phone-number';
import { internationalNumber } from '../../src/react/fields/PhoneField';
import { phoneMetadataFile, phoneMetadataSource } from '../support/phone-metadata-source';

describe('phone numbers as Cognito stores them (E.164), with the cut metadata', () => {
  it.each([
    ['07700 900123', 'GB', '+447700900123'],
    ['(201) 555-0123', 'US', '+12015550123'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['030 123456', 'DE', '+4930123456'],
    ['090-1234-5678', 'JP', '+819012345678'],
    ['+1 201 555 0123', 'DE', '+12015550123'],
  ])('%s in %s is %s', (typed, country, e164) => {
    expect(toE164(typed, country)).toBe(e164);
  });

  it.each([
    ['0770', 'GB'],
    ['07700 900123 456', 'GB'],
    ['call me', 'GB'],
    ['0770O 900123', 'GB'],
  ])('%s is no number of %s', (typed, country) => {
    expect(toE164(typed, country)).toBeUndefined();
  });

  it('lists every country once with its dial code, named in the language asked for', () => {
    const codes = dialCodes('de');
    expect(codes.length).toBeGreaterThan(200);
    expect(new Set(codes.map((c) => c.country)).size).toBe(codes.length);
    expect(codes.find((c) => c.country === 'DE')).toEqual({ country: 'DE', code: '49', label: 'Deutschland (+49)' });
  });

  it('guesses the country from a language tag only when it names one', () => {
    expect(countryOf('en-GB')).toBe('GB');
    expect(countryOf('pt_BR')).toBe('BR');
    expect(countryOf('fr')).toBeUndefined();
    expect(countryOf('en-ZZ')).toBeUndefined();
  });

  it('before the library arrives, only "+" and 6 to 15 digits pass (spaces and dashes dropped)', () => {
    expect(internationalNumber('+44 7700-900123')).toBe('+447700900123');
    expect(internationalNumber('07700 900123')).toBeUndefined();
    expect(internationalNumber('+1234567890123456')).toBeUndefined();
  });

  it('the committed metadata is what test/support/phone-metadata-source.ts makes from the installed libphonenumber-js', async () => {
    expect(await readFile(phoneMetadataFile, 'utf8')).toBe(await phoneMetadataSource());
  });
});
