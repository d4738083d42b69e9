import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { AuthProvider, LoginForm, useAuthClient, useSession, type AuthConfig } from 'react-cognito-kit';
import type { SignInState } from '../components/RequireAuth';
import { PageTitle } from '../components/PageTitle';
import { authConfigFromEnv } from '../config';

/**
 * Sign-in with a passkey or an emailed code (choice-based sign-in, USER_AUTH) next to the demo's password sign-in.
 * The flow is part of the kit's config, not of a form, so this page has an AuthProvider of its own for the same pool
 * and app client. It keeps its session in memory only: the tokens go to the app's own client (fromTokens), which
 * stores and refreshes them; this provider goes away with the page.
 */
export function PasswordlessSignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  const appClient = useAuthClient();
  const { isSignedIn } = useSession();
  const [config] = useState<AuthConfig | null>(() => {
    const app = authConfigFromEnv();
    return app && { ...app, authFlow: 'USER_AUTH', storage: 'memory', rememberDevice: undefined };
  });
  const from = (location.state as SignInState | null)?.from;
  const target = from ? `${from.pathname}${from.search}${from.hash}` : '/dashboard';

  if (isSignedIn) return <Navigate to={target} replace />;
  if (!config) return null;

  return (
    <div className="auth-page">
      <PageTitle title="Sign in without a password">Sign in without a password</PageTitle>
      <p className="hint">
        Your email, then a passkey (add one on the account page) or a code by email (it lands in the inbox panel). Passkeys
        need this page on <code>http://localhost</code>: the pool’s relying party.
      </p>
      <AuthProvider config={config}>
        <LoginForm
          className="card"
          onSignedIn={(session) => void appClient.fromTokens(session.tokens)}
          onRegisterClick={() => navigate('/register', { state: location.state })}
        />
      </AuthProvider>
      <p className="hint">
        <Link to="/sign-in" state={location.state}>
          Sign in with your password
        </Link>
      </p>
    </div>
  );
}
