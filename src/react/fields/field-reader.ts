/**
 * What a lazily loaded group of fields reads from its form at submit. The forms own the submit; the groups (other
 * sign-in identifiers, sign-up `fields`) come in a chunk of their own and hand the form this reader as they render.
 */
export interface ReadFields {
  /** What to send: `username`, `email` and attributes by name. */
  values: Record<string, string>;
  /** Errors by field name, in the order the fields are shown. */
  errors: Record<string, string>;
  /** What the user typed, by input name: given back as default values when the form comes back after a step. */
  typed: Record<string, string>;
}

export type FieldReader = (form: HTMLFormElement) => ReadFields;
