import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ForgotPasswordForm, useSession } from 'react-cognito-kit';
import type { SignInState } from '../components/RequireAuth';
import { PageTitle } from '../components/PageTitle';
import { inboxEnabled } from '../config';

export function ForgotPassword() {
  const navigate = useNavigate();
  const location = useLocation();
  const { isSignedIn } = useSession();
  const from = (location.state as SignInState | null)?.from;
  const target = from ? `${from.pathname}${from.search}${from.hash}` : '/dashboard';

  if (isSignedIn) return <Navigate to={target} replace />;

  return (
    <div className="auth-page">
      <PageTitle title="Reset your password">Forgot your password?</PageTitle>
      {inboxEnabled ? <p className="hint">No email is sent: the reset code appears in the dev inbox.</p> : null}
      <ForgotPasswordForm
        className="card"
        onSignedIn={() => navigate(target, { replace: true })}
        onBackToSignIn={() => navigate('/sign-in', { state: location.state })}
      />
    </div>
  );
}
