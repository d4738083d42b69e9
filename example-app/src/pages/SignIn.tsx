import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LoginForm, useSession } from 'react-cognito-kit';
import type { SignInState } from '../components/RequireAuth';
import { PageTitle } from '../components/PageTitle';
import { oauthProviders } from '../config';

export function SignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  const { isSignedIn } = useSession();
  const from = (location.state as SignInState | null)?.from;
  const target = from ? `${from.pathname}${from.search}${from.hash}` : '/dashboard';
  const goBack = () => navigate(target, { replace: true });

  // Already signed in (or just now): on to where the user was going.
  if (isSignedIn) return <Navigate to={target} replace />;

  return (
    <div className="auth-page">
      <PageTitle title="Sign in">Welcome back</PageTitle>
      {from ? <p className="hint">Sign in to continue to {from.pathname}.</p> : null}
      <LoginForm
        className="card"
        onSignedIn={goBack}
        onRegisterClick={() => navigate('/register', { state: location.state })}
        onForgotPasswordClick={() => navigate('/forgot-password', { state: location.state })}
        providers={oauthProviders}
      />
      <p className="hint">
        <Link to="/sign-in/passwordless" state={location.state}>
          Sign in without a password
        </Link>{' '}
        (a passkey or a code by email)
      </p>
    </div>
  );
}
