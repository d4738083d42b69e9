import { Link, useNavigate } from 'react-router-dom';
import { AuthCallback } from 'react-cognito-kit';
import { PageTitle } from '../components/PageTitle';

/** /auth/callback: the kit finishes the redirect by itself; this shows progress, or the error with a way back. */
export function AuthCallbackPage() {
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <PageTitle title="Signing in">Signing in</PageTitle>
      <AuthCallback onSignedIn={({ returnTo }) => navigate(returnTo === '/sign-in' ? '/dashboard' : returnTo, { replace: true })}>
        <p>
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </AuthCallback>
    </div>
  );
}
