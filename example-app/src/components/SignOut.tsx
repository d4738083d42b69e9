import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSignOut } from 'react-cognito-kit';

interface SignOutContextValue {
  /** Signs out (everywhere with `global`), then goes home with a notice. */
  signOut(options?: { global?: boolean }): Promise<void>;
  isPending: boolean;
  error: Error | null;
  /** True from a deliberate sign-out until the next page: protected pages then do not send the user to sign in. */
  isSigningOut(): boolean;
}

const SignOutContext = createContext<SignOutContextValue | null>(null);

/** One sign-out for the whole app (header and account page), owned by the always-mounted layout. */
export function SignOutProvider({ children }: { children: ReactNode }) {
  const mutation = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const signingOut = useRef(false);

  // Any navigation ends the deliberate sign-out: a protected page visited later sends to sign-in again.
  useEffect(() => {
    signingOut.current = false;
  }, [location.key]);

  const { mutateAsync } = mutation;
  const signOut = useCallback(
    async ({ global = false }: { global?: boolean } = {}) => {
      signingOut.current = true;
      try {
        await mutateAsync({ global });
      } catch {
        signingOut.current = false;
        return; // the error is on screen (mutation.error)
      }
      navigate('/', { state: { notice: global ? 'You are signed out on every device.' : 'You are signed out.' } });
    },
    [mutateAsync, navigate],
  );

  const value = useMemo<SignOutContextValue>(
    () => ({ signOut, isPending: mutation.isPending, error: mutation.error, isSigningOut: () => signingOut.current }),
    [signOut, mutation.isPending, mutation.error],
  );
  return <SignOutContext.Provider value={value}>{children}</SignOutContext.Provider>;
}

export function useAppSignOut(): SignOutContextValue {
  const value = useContext(SignOutContext);
  if (!value) throw new Error('useAppSignOut must be used inside <SignOutProvider>');
  return value;
}
