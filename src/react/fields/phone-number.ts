import { getCountries as countries, getCountryCallingCode as callingCode, parsePhoneNumberFromString as parse, type CountryCode } from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata.js';

// The phone library (libphonenumber-js) with a metadata smaller than its smallest (phone-metadata.ts: dial codes,
// trunk prefixes, number lengths), a chunk of its own that PhoneField fetches when it first renders: no page that
// asks for no phone number pays for it.
const getCountries = () => countries(phoneMetadata);
const getCountryCallingCode = (country: CountryCode) => callingCode(country, phoneMetadata);
const parsePhoneNumberFromString = (typed: string, country: CountryCode) => parse(typed, country, phoneMetadata);

export interface DialCode {
  country: string;
  /** "44" for GB: no plus. */
  code: string;
  /** The country's name in the page's language, with its code: "United Kingdom (+44)". */
  label: string;
}

/** Every country with its dial code, named in `locale` and sorted by name. */
export function dialCodes(locale: string | undefined): DialCode[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' });
  } catch {
    names = undefined;
  }
  return getCountries()
    .map((country) => {
      const code = getCountryCallingCode(country);
      return { country, code, label: `${names?.of(country) ?? country} (+${code})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/**
 * What Cognito stores: E.164, "+" and digits only ("+447700900123"), from what the user typed as a national
 * number ("07700 900123") with the country chosen, or with its own "+code". Undefined when it cannot be a number
 * of that country (wrong length, letters).
 */
export function toE164(typed: string, country: string): string | undefined {
  if (/[a-z]/i.test(typed)) return undefined;
  const parsed = parsePhoneNumberFromString(typed, country as CountryCode);
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** The region of a language tag ("en-GB" → "GB") when it is a country the library knows, else undefined. */
export function countryOf(languageTag: string | undefined): string | undefined {
  const region = languageTag ? /[-_]([A-Za-z]{2})\b/.exec(languageTag)?.[1]?.toUpperCase() : undefined;
  return region && (getCountries() as string[]).includes(region) ? region : undefined;
}
