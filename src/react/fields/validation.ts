// Deliberately loose: the server is the judge; this only catches typos like a missing "@" or domain.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return emailPattern.test(value.trim());
}

/** Reads a named text field of a form: uncontrolled inputs keep what the user typed across errors. */
export function fieldValue(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}
