import { Link } from 'react-router-dom';
import { useSession } from 'react-cognito-kit';
import { PageTitle } from '../components/PageTitle';
import { inboxEnabled } from '../config';

export function Home() {
  const { isSignedIn, user } = useSession();
  return (
    <>
      <PageTitle title="Home">Amazon Cognito in a React app, without Amplify</PageTitle>
      <p className="lead">
        Everything on these pages comes from <code>react-cognito-kit</code>: the forms, the session that refreshes itself, and the
        protected routes. A small API checks the access token on every call.
      </p>
      {isSignedIn ? (
        <p>
          Welcome back, <strong>{user?.email}</strong>. <Link to="/dashboard">Open your dashboard</Link>.
        </p>
      ) : (
        <p className="actions">
          <Link to="/sign-in" className="button primary">
            Sign in
          </Link>
          <Link to="/register" className="button secondary">
            Create an account
          </Link>
        </p>
      )}
      <div className="cards">
        <section className="card" aria-labelledby="try-register">
          <h2 id="try-register">Sign up</h2>
          <p>
            Register with any email address.{' '}
            {inboxEnabled ? 'The confirmation code lands in the dev inbox on this page and in the terminal.' : 'Cognito emails you a code.'}
          </p>
        </section>
        <section className="card" aria-labelledby="try-dashboard">
          <h2 id="try-dashboard">Watch the session</h2>
          <p>
            The <Link to="/dashboard">dashboard</Link> counts down to the access token's expiry and lists every refresh; the API keeps
            answering across them.
          </p>
        </section>
        <section className="card" aria-labelledby="try-admin">
          <h2 id="try-admin">Groups</h2>
          <p>
            The <Link to="/admin">admin page</Link> needs the <code>admin</code> group, in the browser and in the API. Sign in as the
            admin user printed by <code>npm start</code> to see it.
          </p>
        </section>
      </div>
    </>
  );
}
