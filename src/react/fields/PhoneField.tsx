'use client';
import { useEffect, useId, useState, type Ref } from 'react';
import { onDemand } from '../../core/on-demand.js';
import { mergeDescribedBy } from './describedBy.js';
import type { DialCode } from './phone-number.js';
import { fieldValue } from './validation.js';

/** The phone library (libphonenumber-js with its smallest metadata): fetched when a phone field first renders. */
export const loadPhoneNumbers = onDemand(() => import('./phone-number.js'));
let phoneNumbers: typeof import('./phone-number.js') | undefined;

export interface PhoneFieldProps {
  /** The number's input; the dial-code select is `<name>-country`. */
  name: string;
  label: string;
  countryLabel: string;
  description?: string;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  /** What the user typed before (the national number), and the country chosen. */
  defaultValue?: string;
  defaultCountry?: string;
  /** `tel-national` (default) beside the select; `username` where the number signs in. */
  autoComplete?: string;
  required?: boolean;
}

/**
 * A country dial-code select and the number as people write it at home ("07700 900123"): `readPhone` turns the two
 * into E.164 ("+447700900123"). Until the library is here (one round trip) the number alone is shown, and read
 * when typed with its "+code".
 */
export function PhoneField({ name, label, countryLabel, description, error, inputRef, defaultValue, defaultCountry, autoComplete = 'tel-national', required }: PhoneFieldProps) {
  const autoId = useId();
  const inputId = `rck-${autoId}`;
  const [codes, setCodes] = useState<DialCode[] | null>(null);
  const [country, setCountry] = useState(defaultCountry ?? '');
  useEffect(() => {
    let live = true;
    loadPhoneNumbers().then(
      (lib) => {
        phoneNumbers = lib;
        if (!live) return;
        const lang = document.documentElement.lang || navigator.language;
        setCodes(lib.dialCodes(lang));
        setCountry((chosen) => chosen || lib.countryOf(lang) || lib.countryOf(navigator.language) || 'US');
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="rck-field rck-phone" data-invalid={error ? '' : undefined}>
      <label className="rck-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="rck-control">
        {codes ? (
          <select
            name={`${name}-country`}
            className="rck-input rck-country"
            // Inline, not in styles.css: only pages with a phone field pay for it; a class still lets apps restyle it.
            style={{ flex: '0 1 45%' }}
            aria-label={countryLabel}
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            autoComplete="country"
          >
            {codes.map((c) => (
              <option key={c.country} value={c.country}>
                {c.label}
              </option>
            ))}
          </select>
        ) : null}
        <input
          id={inputId}
          ref={inputRef}
          name={name}
          type="tel"
          inputMode="tel"
          autoComplete={autoComplete}
          className="rck-input"
          defaultValue={defaultValue}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={mergeDescribedBy(errorId, descriptionId)}
        />
      </div>
      {description ? (
        <p className="rck-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="rck-field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** "+", then 6 to 15 digits: what Cognito takes as a phone number, with spaces, dots, dashes and brackets dropped. */
export function internationalNumber(typed: string): string | undefined {
  const compact = typed.replace(/[\s().-]/g, '');
  return /^\+\d{6,15}$/.test(compact) ? compact : undefined;
}

/** The number in E.164, '' when nothing was typed, undefined when it is not a phone number. */
export function readPhone(form: HTMLFormElement, name: string): string | undefined {
  const typed = fieldValue(form, name).trim();
  if (!typed) return '';
  const country = fieldValue(form, `${name}-country`);
  return phoneNumbers && country ? phoneNumbers.toE164(typed, country) : internationalNumber(typed);
}
