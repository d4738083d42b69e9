'use client';
import type { AuthState, AuthStatus, Session, SignOutReason, UserClaims } from '../../core/types.js';
import { useAuthState } from './useAuthState.js';

export interface SessionView {
  status: AuthStatus;
  /** True while there is a session, including while it refreshes or the network is down. */
  isSignedIn: boolean;
  session: Session | null;
  /** Typed claims of the id token. */
  user: UserClaims | null;
  groups: string[];
  signOutReason: SignOutReason | null;
}

const noGroups: string[] = [];
const views = new WeakMap<AuthState, SessionView>();

// One view object per state object, so re-renders happen only when the state really changed.
function viewOf(state: AuthState): SessionView {
  let view = views.get(state);
  if (!view) {
    view = {
      status: state.status,
      isSignedIn: state.session !== null,
      session: state.session,
      user: state.session?.user ?? null,
      groups: state.session?.groups ?? noGroups,
      signOutReason: state.signOutReason,
    };
    views.set(state, view);
  }
  return view;
}

export function useSession(): SessionView {
  return useAuthState(viewOf);
}
