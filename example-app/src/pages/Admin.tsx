import { Link } from 'react-router-dom';
import { useApiQuery } from '../api';
import { ApiAnswerView } from '../components/ApiAnswerView';
import { PageTitle } from '../components/PageTitle';

/** Only for the "admin" group: the route checks `cognito:groups` in the browser, the API checks it again. */
export function Admin() {
  const answer = useApiQuery('/api/admin');
  return (
    <>
      <PageTitle title="Admin">Admin</PageTitle>
      <p className="lead">You are in the <code>admin</code> group, so the page opened and the API agrees.</p>
      <section className="card" aria-labelledby="admin-api-title">
        <h2 id="admin-api-title">Admin API</h2>
        <ApiAnswerView path="/api/admin" query={answer} />
      </section>
    </>
  );
}

/** What a signed-in user outside the group sees; the API is asked too, to show it refuses on its own. */
export function AdminDenied() {
  const answer = useApiQuery('/api/admin');
  return (
    <>
      <PageTitle title="Access denied">Access denied</PageTitle>
      <p className="lead">
        This page needs the <code>admin</code> group. Sign in as the admin user printed by <code>npm start</code>, or go back to your{' '}
        <Link to="/dashboard">dashboard</Link>.
      </p>
      <section className="card" aria-labelledby="admin-denied-api-title">
        <h2 id="admin-denied-api-title">The API refuses too</h2>
        <p className="muted small">Hiding a page is not security: the API checks the group in the verified token.</p>
        <ApiAnswerView path="/api/admin" query={answer} />
      </section>
    </>
  );
}
