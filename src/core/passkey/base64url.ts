// For browsers without PublicKeyCredential.parse*FromJSON / toJSON (Safari before 18.4, Firefox before 119): the
// few fields WebAuthn carries as bytes, to and from base64url. A dozen lines instead of a library.

export function fromBase64url(text: string): ArrayBuffer {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
}

export function toBase64url(bytes: ArrayBuffer | ArrayBufferView | null | undefined): string | undefined {
  if (!bytes) return undefined;
  const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return btoa(String.fromCharCode(...view)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
