import { useCallback, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ProtectedRoute } from 'react-cognito-kit';
import { useAppSignOut } from './SignOut';

export interface FromLocation {
  pathname: string;
  search: string;
  hash: string;
}

/** Router state of the sign-in page: where to go back to. Kept in history state, never in the URL. */
export interface SignInState {
  from?: FromLocation;
}

interface RequireAuthProps {
  children: ReactNode;
  groups?: string[];
  forbidden?: ReactNode;
}

/** The kit's ProtectedRoute, wired to the router: signed-out visitors go to /sign-in and come back after. */
export function RequireAuth({ children, groups, forbidden }: RequireAuthProps) {
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const { isSigningOut } = useAppSignOut();
  const toSignIn = useCallback(() => {
    if (isSigningOut()) return; // the sign-out itself goes home
    const state: SignInState = { from: { pathname, search, hash } };
    navigate('/sign-in', { replace: true, state });
  }, [navigate, pathname, search, hash, isSigningOut]);

  return (
    <ProtectedRoute onSignedOut={toSignIn} groups={groups} forbidden={forbidden}>
      {children}
    </ProtectedRoute>
  );
}
