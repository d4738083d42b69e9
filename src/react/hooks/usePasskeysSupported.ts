'use client';
import { useSyncExternalStore } from 'react';
import { passkeysSupported } from '../../core/passkey/support.js';

const never = () => () => undefined;
const onServer = () => false;

/**
 * Whether this browser can use passkeys, hydration-safe: the server has no WebAuthn, so a server-rendered page says
 * "not supported", and hydration must render the same before the browser's answer replaces it (a plain check during
 * render made React throw away the server's HTML with a hydration mismatch).
 */
export const usePasskeysSupported = (): boolean => useSyncExternalStore(never, passkeysSupported, onServer);
