import { AuthError } from '../errors.js';
import { fromBase64url, toBase64url } from './base64url.js';
import { passkeyError, passkeyUnsupportedMessage } from './passkey-errors.js';
import { passkeysSupported } from './support.js';

type Json = Record<string, unknown>;
type Descriptor = { id: string; type: string; transports?: string[] };

interface PublicKeyCredentialStatics {
  parseCreationOptionsFromJSON?(options: Json): PublicKeyCredentialCreationOptions;
  parseRequestOptionsFromJSON?(options: Json): PublicKeyCredentialRequestOptions;
}

const statics = () => (globalThis as unknown as { PublicKeyCredential?: PublicKeyCredentialStatics }).PublicKeyCredential ?? {};
const descriptors = (list: unknown) => ((list as Descriptor[] | undefined) ?? []).map((d) => ({ ...d, id: fromBase64url(d.id) }));

function requestOptions(json: Json): PublicKeyCredentialRequestOptions {
  const parse = statics().parseRequestOptionsFromJSON;
  if (parse) return parse(json);
  return { ...json, challenge: fromBase64url(json.challenge as string), allowCredentials: descriptors(json.allowCredentials) } as PublicKeyCredentialRequestOptions;
}

function creationOptions(json: Json): PublicKeyCredentialCreationOptions {
  const parse = statics().parseCreationOptionsFromJSON;
  if (parse) return parse(json);
  const user = json.user as Json;
  return {
    ...json,
    challenge: fromBase64url(json.challenge as string),
    user: { ...user, id: fromBase64url(user.id as string) },
    excludeCredentials: descriptors(json.excludeCredentials),
  } as unknown as PublicKeyCredentialCreationOptions;
}

/** The credential as WebAuthn's JSON (RegistrationResponseJSON / AuthenticationResponseJSON): what Cognito takes. */
function toJson(credential: PublicKeyCredential): Json {
  const own = (credential as { toJSON?: () => Json }).toJSON;
  if (own) return own.call(credential);
  const response = credential.response as unknown as {
    clientDataJSON: ArrayBuffer;
    attestationObject?: ArrayBuffer;
    getTransports?(): string[];
    authenticatorData?: ArrayBuffer;
    signature?: ArrayBuffer;
    userHandle?: ArrayBuffer | null;
  };
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
    response: {
      clientDataJSON: toBase64url(response.clientDataJSON),
      ...(response.attestationObject
        ? { attestationObject: toBase64url(response.attestationObject), transports: response.getTransports?.() ?? [] }
        : { authenticatorData: toBase64url(response.authenticatorData), signature: toBase64url(response.signature), userHandle: toBase64url(response.userHandle) }),
    },
  };
}

function requireSupport() {
  if (!passkeysSupported()) throw new AuthError('passkeyUnsupported', passkeyUnsupportedMessage);
}

/**
 * Signs with a passkey for Cognito's WEB_AUTHN challenge (`CREDENTIAL_REQUEST_OPTIONS`, a JSON string).
 * `mediation: 'conditional'` shows the passkeys in the email field's autofill instead of a dialog.
 */
export async function getPasskey(requestJson: string, conditional?: { signal: AbortSignal }): Promise<Json> {
  requireSupport();
  const json = JSON.parse(requestJson) as Json;
  try {
    const credential = (await navigator.credentials.get({
      publicKey: requestOptions(json),
      ...(conditional ? { mediation: 'conditional' as CredentialMediationRequirement, signal: conditional.signal } : {}),
    })) as PublicKeyCredential | null;
    if (!credential) throw Object.assign(new Error('No credential'), { name: 'NotAllowedError' });
    return toJson(credential);
  } catch (err) {
    throw passkeyError(err, { rpId: json.rpId as string | undefined });
  }
}

/** Creates a passkey from StartWebAuthnRegistration's `CredentialCreationOptions`. */
export async function createPasskey(optionsJson: Json): Promise<Json> {
  requireSupport();
  try {
    const credential = (await navigator.credentials.create({ publicKey: creationOptions(optionsJson) })) as PublicKeyCredential | null;
    if (!credential) throw Object.assign(new Error('No credential'), { name: 'NotAllowedError' });
    return toJson(credential);
  } catch (err) {
    throw passkeyError(err, { rpId: (optionsJson.rp as Json | undefined)?.id as string | undefined });
  }
}
