/** Cognito's standard attributes a sign-up form can ask for (email is the form's own field). */
export type StandardAttribute =
  | 'name'
  | 'given_name'
  | 'family_name'
  | 'middle_name'
  | 'nickname'
  | 'preferred_username'
  | 'phone_number'
  | 'birthdate'
  | 'gender'
  | 'locale'
  | 'zoneinfo'
  | 'website'
  | 'address'
  | 'picture'
  | 'profile';

/** One extra field of `RegisterForm`. */
export interface SignUpField {
  /**
   * A standard attribute, a custom one (`custom:plan`) or a name of your own (`terms`). Standard and `custom:`
   * names are sent as attributes; other names are only checked (a terms box).
   */
  name: StandardAttribute | `custom:${string}` | (string & Record<never, never>);
  /** Default: `date` for birthdate, the phone field for phone_number, else `text`. */
  kind?: 'text' | 'select' | 'checkbox' | 'date';
  /** Default: the attribute's name in words (messages.fieldLabel). */
  label?: string;
  /** Help shown under the field and read with it. */
  hint?: string;
  required?: boolean;
  /** Fields are shown by `order` (lowest first), then as listed. */
  order?: number;
  /** The choices of a `select`. */
  options?: Array<{ value: string; label: string }>;
  /** Send it as an attribute or not; default: yes for standard and `custom:` names. A checkbox sends "true"/"false". */
  attribute?: boolean;
  /** An error message for the value, or undefined when it is fine; `all` holds every field's value by name. */
  validate?: (value: string, all: Record<string, string>) => string | undefined;
  defaultValue?: string;
}
