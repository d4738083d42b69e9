'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OAuthFlows, RedirectStatus } from '../../core/oauth/oauth-flows-api.js';
import { useAuthClient } from './useAuthClient.js';
import { oauthFlows } from './useSignInWithRedirect.js';

const idle: RedirectStatus = { status: 'idle' };
const noSubscription = () => () => undefined;

/**
 * Where the way back from the provider stands (`pending`, an `error` to show on the sign-in screen, `done`), and
 * the OAuth flows once their chunk is here. Fetches the chunk when first used.
 */
export function useRedirectStatus(): { status: RedirectStatus; flows: OAuthFlows | null } {
  const client = useAuthClient();
  const [flows, setFlows] = useState<OAuthFlows | null>(null);
  useEffect(() => {
    let live = true;
    oauthFlows(client).then(
      (loaded) => live && setFlows(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);
  const status = useSyncExternalStore(
    flows ? flows.subscribeRedirectStatus : noSubscription,
    () => flows?.getRedirectStatus() ?? idle,
    () => idle,
  );
  return { status, flows };
}
