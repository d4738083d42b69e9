// Only the sign-in steps' chunk uses it (core/mfa-flow.ts builds the same address for TotpSetup).
/** The `otpauth://` address an authenticator app reads from a QR code: the app's name, the account, the secret. */
export function totpUri(secret: string, account: string, issuer = 'react-cognito-kit'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
}
