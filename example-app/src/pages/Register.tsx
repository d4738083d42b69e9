import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { RegisterForm, useSession } from 'react-cognito-kit';
import type { SignInState } from '../components/RequireAuth';
import { PageTitle } from '../components/PageTitle';
import { inboxEnabled } from '../config';

export function Register() {
  const navigate = useNavigate();
  const location = useLocation();
  const { isSignedIn } = useSession();
  const from = (location.state as SignInState | null)?.from;
  const target = from ? `${from.pathname}${from.search}${from.hash}` : '/dashboard';

  if (isSignedIn) return <Navigate to={target} replace />;

  return (
    <div className="auth-page">
      <PageTitle title="Create an account">Join the demo</PageTitle>
      {inboxEnabled ? <p className="hint">No email is sent: the code appears in the dev inbox.</p> : null}
      <RegisterForm
        className="card"
        onSignedIn={() => navigate(target, { replace: true })}
        onSignInClick={() => navigate('/sign-in', { state: location.state })}
      />
    </div>
  );
}
