import type { LoginMechanism } from '../core/config.js';

/** The strings of the sign-in identifiers other than email and of sign-up `fields`: shipped only with those fields. */
export interface FieldMessages {
  usernameLabel: string;
  phoneLabel: string;
  /** The dial-code select beside a phone number. */
  countryLabel: string;
  /** The one sign-in field of a pool with several mechanisms, e.g. "Email or username". */
  loginIdLabel: (mechanisms: LoginMechanism[]) => string;
  /** Under a multi-mechanism sign-in field. */
  loginIdHint: string;
  invalidPhone: string;
  /** A checkbox field that must be ticked (terms). */
  mustBeTicked: string;
  /** The empty choice of a select field. */
  selectPlaceholder: string;
  /** Default label of a sign-up field by attribute name (`fields` may set its own). */
  fieldLabel: (attribute: string) => string;
  invalidDate: string;
  invalidUrl: string;
}

const names: Record<string, string> = {
  email: 'Email',
  phone_number: 'Phone number',
  username: 'Username',
  preferred_username: 'Username',
  name: 'Full name',
  given_name: 'First name',
  family_name: 'Last name',
  middle_name: 'Middle name',
  nickname: 'Nickname',
  birthdate: 'Date of birth',
  gender: 'Gender',
  locale: 'Language',
  zoneinfo: 'Time zone',
  website: 'Website',
  address: 'Address',
  picture: 'Picture URL',
  profile: 'Profile URL',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const fieldMessages: FieldMessages = {
  usernameLabel: 'Username',
  phoneLabel: 'Phone number',
  countryLabel: 'Country code',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map((m) => labelOf(m).toLowerCase()))];
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : (words[0] ?? '');
    return text.replace(/^./, (c) => c.toUpperCase());
  },
  loginIdHint: 'Phone numbers start with + and the country code.',
  invalidPhone: 'Enter a valid phone number for the country chosen.',
  mustBeTicked: 'Tick this box to continue.',
  selectPlaceholder: 'Choose…',
  fieldLabel: labelOf,
  invalidDate: 'Enter a date like 1990-12-31.',
  invalidUrl: 'Enter a web address starting with https://.',
};
