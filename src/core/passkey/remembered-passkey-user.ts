import { AuthError } from '../errors.js';

/** What decides where (and whether) the last passkey user is remembered: the resolved config has all of it. */
export interface PasskeyUserConfig {
  storageKey?: string;
  /** False with `storage: 'memory'`: an app that keeps nothing on the device keeps no username either. */
  keepSteps?: boolean;
  rememberPasskeyUser?: boolean;
}

/**
 * The username of the last user who signed in with a passkey, or added one, on this device. Cognito's USER_AUTH
 * hands out a WebAuthn challenge only for a named user, so the email field's passkey autofill needs a name before
 * anyone types one. Only the username, in localStorage: nothing secret, and the next visit must find it.
 * `rememberPasskeyUser` is checked here, where it is used, so the first load's config check stays as it was.
 */
export function rememberedPasskeyUser(config: PasskeyUserConfig) {
  const option = config.rememberPasskeyUser;
  if (option !== undefined && typeof option !== 'boolean') {
    throw new AuthError('invalidConfig', `react-cognito-kit: rememberPasskeyUser must be true or false, not ${JSON.stringify(option)}.`);
  }
  const key = `${config.storageKey}.passkeyUser`;
  const allowed = option !== false && config.keepSteps !== false;
  return {
    get: (): string | null => (allowed ? quietly(() => localStorage.getItem(key)) ?? null : null),
    remember(username: string) {
      if (allowed && username) quietly(() => localStorage.setItem(key, username));
    },
    forget: () => quietly(() => localStorage.removeItem(key)),
  };
}

// No Web Storage (SSR, Node), a full quota, a private mode that refuses it: the autofill just has no one to offer.
function quietly<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
