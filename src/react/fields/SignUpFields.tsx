'use client';
import { useId, type Ref } from 'react';
import type { LoginMechanism } from '../../core/config.js';
import { fieldMessages, type FieldMessages } from '../field-messages.js';
import { useMessages } from '../hooks/useMessages.js';
import type { MessageOverrides } from '../messages.js';
import { mergeDescribedBy } from './describedBy.js';
import type { FieldReader, ReadFields } from './field-reader.js';
// Through LoginIdField, not from PhoneField.js: the phone field then ships inside LoginIdField's chunk instead of a
// third one, and LoginForm's lazy import names one file, not two (-23 B first load, -185 B all chunks).
import { PhoneField, readPhone } from './LoginIdField.js';
import type { SignUpField } from './sign-up-field.js';
import { TextField } from './TextField.js';
import { fieldValue, isEmail } from './validation.js';

export interface SignUpFieldsProps {
  /** `identity`: who signs up, as `loginMechanisms` says; `extra`: the `fields` prop. */
  part: 'identity' | 'extra';
  mechanisms: LoginMechanism[];
  fields: SignUpField[];
  /** RegisterForm's errors and input refs. */
  feedback: { fieldErrors: Record<string, string | undefined>; inputRef: (name: string) => Ref<HTMLInputElement> };
  /** Where this part leaves its reader for RegisterForm's submit. */
  readers: Partial<Record<'identity' | 'extra', FieldReader>>;
  /** What the user typed before a step: shown again. */
  typed: Record<string, string>;
  overrides?: MessageOverrides;
}

// Input type and autofill token of each standard attribute (HTML's autocomplete names).
const inputs: Record<string, [type: string, autoComplete: string]> = {
  name: ['text', 'name'],
  given_name: ['text', 'given-name'],
  family_name: ['text', 'family-name'],
  middle_name: ['text', 'additional-name'],
  nickname: ['text', 'nickname'],
  preferred_username: ['text', 'nickname'],
  gender: ['text', 'sex'],
  locale: ['text', 'language'],
  zoneinfo: ['text', 'off'],
  website: ['url', 'url'],
  address: ['text', 'street-address'],
  picture: ['url', 'photo'],
  profile: ['url', 'url'],
  birthdate: ['date', 'bday'],
};

const isAttribute = (field: SignUpField) => field.attribute ?? (field.name in inputs || field.name === 'phone_number' || field.name.startsWith('custom:'));
const kindOf = (field: SignUpField) => field.kind ?? (field.name === 'birthdate' ? 'date' : 'text');

/** The identity fields a pool's mechanisms ask for at sign-up (a pool by email shows RegisterForm's own). */
function identityFields(mechanisms: LoginMechanism[]): SignUpField[] {
  const shown: SignUpField[] = [];
  if (mechanisms.includes('username')) shown.push({ name: 'username', required: true, attribute: false });
  // The one the pool verifies (the first of the two) is required; the other is optional.
  const phoneFirst = mechanisms.indexOf('phone_number') >= 0 && (mechanisms.indexOf('email') < 0 || mechanisms.indexOf('phone_number') < mechanisms.indexOf('email'));
  if (mechanisms.includes('email')) shown.push({ name: 'email', required: !phoneFirst, attribute: false });
  if (mechanisms.includes('phone_number')) shown.push({ name: 'phone_number', required: phoneFirst });
  if (mechanisms.includes('preferred_username')) shown.push({ name: 'preferred_username', required: true });
  return shown;
}

/** The fields in the order they show: by `order`, then as listed. */
export function orderedFields(fields: SignUpField[]): SignUpField[] {
  return fields.map((field, index) => ({ field, index })).sort((a, b) => (a.field.order ?? 0) - (b.field.order ?? 0) || a.index - b.index).map((f) => f.field);
}

function check(field: SignUpField, value: string, all: Record<string, string>, messages: FieldMessages & { errors: { missingField: string; invalidEmail: string } }): string | undefined {
  const kind = kindOf(field);
  if (field.required && (kind === 'checkbox' ? value !== 'true' : !value)) return kind === 'checkbox' ? messages.mustBeTicked : messages.errors.missingField;
  if (value && kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return messages.invalidDate;
  if (value && inputs[field.name]?.[0] === 'url' && !/^https?:\/\/\S+$/.test(value)) return messages.invalidUrl;
  if (value && field.name === 'email' && !isEmail(value)) return messages.errors.invalidEmail;
  return field.validate?.(value, all);
}

/**
 * RegisterForm's fields beyond email and password: the identity of a pool that does not sign up by email, and the
 * `fields` prop (standard and custom attributes, selects, checkboxes, dates). A chunk of its own, with its strings.
 */
export default function SignUpFields({ part, mechanisms, fields, feedback, readers, typed, overrides }: SignUpFieldsProps) {
  const { fieldErrors: errors, inputRef } = feedback;
  const messages = useMessages(overrides, fieldMessages);
  const identity = part === 'identity' ? identityFields(mechanisms) : [];
  const shownNames = new Set(identity.map((f) => f.name));
  const shown = part === 'identity' ? identity : orderedFields(fields).filter((f) => !(mechanisms.join() !== 'email' && shownNames.has(f.name)));

  readers[part] = (form): ReadFields => {
    const read: ReadFields = { values: {}, errors: {}, typed: {} };
    const all: Record<string, string> = {};
    const phoneErrors: Record<string, boolean> = {};
    for (const field of shown) {
      const kind = kindOf(field);
      if (field.name === 'phone_number') {
        const number = readPhone(form, field.name);
        read.typed[field.name] = fieldValue(form, field.name);
        read.typed[`${field.name}-country`] = fieldValue(form, `${field.name}-country`);
        phoneErrors[field.name] = number === undefined;
        all[field.name] = number ?? '';
      } else if (kind === 'checkbox') {
        all[field.name] = form.querySelector<HTMLInputElement>(`input[type=checkbox][name="${CSS.escape(field.name)}"]`)?.checked ? 'true' : 'false';
        read.typed[field.name] = all[field.name] as string;
      } else {
        all[field.name] = fieldValue(form, field.name).trim();
        read.typed[field.name] = all[field.name] as string;
      }
    }
    for (const field of shown) {
      const value = all[field.name] as string;
      const error = phoneErrors[field.name] ? messages.invalidPhone : check(field, value, all, messages);
      if (error) read.errors[field.name] = error;
      else if (field.name === 'username' || field.name === 'email' ? value : isAttribute(field) && (value || kindOf(field) === 'checkbox')) read.values[field.name] = value;
    }
    if (part === 'identity' && !read.values.username) {
      // The Cognito username: typed, the phone number where it is the username, else (a pool where users sign in
      // by preferred username only) one made up, as Cognito's own docs suggest: it is never shown.
      const first = mechanisms[0];
      if (first === 'phone_number' && read.values.phone_number) read.values.username = read.values.phone_number;
      else if (first !== 'email' || mechanisms.includes('preferred_username')) read.values.username = crypto.randomUUID();
    }
    return read;
  };

  return (
    <>
      {shown.map((field) => {
        const label = field.label ?? (field.name === 'username' ? messages.usernameLabel : messages.fieldLabel(field.name));
        const error = errors[field.name];
        const kind = kindOf(field);
        const previous = typed[field.name] ?? field.defaultValue;
        if (field.name === 'phone_number') {
          return (
            <PhoneField
              key={field.name}
              name={field.name}
              label={label}
              countryLabel={messages.countryLabel}
              description={field.hint}
              error={error}
              inputRef={inputRef(field.name)}
              defaultValue={previous}
              defaultCountry={typed[`${field.name}-country`]}
              required={field.required}
            />
          );
        }
        if (kind === 'checkbox' || kind === 'select') return <ChoiceField key={field.name} field={field} label={label} error={error} previous={previous} inputRef={inputRef(field.name)} placeholder={messages.selectPlaceholder} />;
        const [type, autoComplete] = field.name === 'username' ? ['text', 'username'] : field.name === 'email' ? ['email', 'email'] : (inputs[field.name] ?? [kind === 'date' ? 'date' : 'text', 'off']);
        return (
          <TextField
            key={field.name}
            name={field.name}
            type={type}
            autoComplete={autoComplete}
            label={label}
            description={field.hint}
            required={field.required}
            defaultValue={previous}
            error={error}
            inputRef={inputRef(field.name)}
            {...(type === 'email' || field.name === 'username' ? { autoCapitalize: 'none', spellCheck: false } : {})}
          />
        );
      })}
    </>
  );
}

interface ChoiceFieldProps {
  field: SignUpField;
  label: string;
  error: string | undefined;
  previous: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  placeholder: string;
}

/** A checkbox (its label beside it) or a select, with the same error and hint wiring as TextField. */
function ChoiceField({ field, label, error, previous, inputRef, placeholder }: ChoiceFieldProps) {
  const id = `rck-${useId()}`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const shared = {
    id,
    name: field.name,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': mergeDescribedBy(errorId, hintId),
  };
  return (
    <div className={`rck-field rck-field-${field.kind}`} data-invalid={error ? '' : undefined}>
      {field.kind === 'checkbox' ? (
        <div className="rck-check" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <input {...shared} ref={inputRef} type="checkbox" value="true" defaultChecked={previous === 'true'} />
          <label className="rck-label" htmlFor={id}>
            {label}
          </label>
        </div>
      ) : (
        <>
          <label className="rck-label" htmlFor={id}>
            {label}
          </label>
          <div className="rck-control">
            <select {...shared} ref={inputRef as unknown as Ref<HTMLSelectElement>} className="rck-input" defaultValue={previous ?? ''}>
              <option value="">{placeholder}</option>
              {(field.options ?? []).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {field.hint ? (
        <p className="rck-description" id={hintId}>
          {field.hint}
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
