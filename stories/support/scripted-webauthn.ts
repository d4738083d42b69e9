/**
 * For passkey stories: where the browser has no WebAuthn (jsdom in `npm test`), a stand-in PublicKeyCredential and
 * navigator.credentials, so the kit offers passkeys. They are never called: the scripted transport answers the passkey
 * operations itself. Real browsers keep their own. Returns the cleanup, as a story's `beforeEach` may.
 */
export function scriptedWebAuthn(): (() => void) | undefined {
  if (typeof window.PublicKeyCredential === 'function') return undefined;
  const credentials = Object.getOwnPropertyDescriptor(navigator, 'credentials');
  const unused = () => Promise.reject(new DOMException('Scripted: the transport answers passkeys', 'NotSupportedError'));
  Object.assign(window, { PublicKeyCredential: function PublicKeyCredential() {} });
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get: unused, create: unused } });
  return () => {
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    if (credentials) Object.defineProperty(navigator, 'credentials', credentials);
    else delete (navigator as { credentials?: unknown }).credentials;
  };
}
