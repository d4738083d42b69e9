/** Whether this browser can use passkeys at all: without WebAuthn the kit does not offer them. */
export const passkeysSupported = (): boolean =>
  typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function' && typeof navigator.credentials?.get === 'function';
