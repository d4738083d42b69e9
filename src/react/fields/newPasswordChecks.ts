import type { FormMessages } from '../form-messages.js';

/** The same two checks wherever a new password is chosen: present, and typed the same twice. */
export function newPasswordErrors(
  password: string,
  confirmation: string,
  messages: FormMessages,
): { password?: string; confirmPassword?: string } {
  const errors: { password?: string; confirmPassword?: string } = {};
  if (!password) errors.password = messages.passwordRequired;
  if (!confirmation) errors.confirmPassword = messages.confirmPasswordRequired;
  else if (password && confirmation !== password) errors.confirmPassword = messages.errors.passwordMismatch;
  return errors;
}
