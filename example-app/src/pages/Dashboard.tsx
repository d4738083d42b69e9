import { useState } from 'react';
import { decodeJwtPayload, useAuthClient, useSession, type UserClaims } from 'react-cognito-kit';
import { useApiQuery } from '../api';
import { ApiAnswerView } from '../components/ApiAnswerView';
import { Countdown, formatTime } from '../components/Countdown';
import { PageTitle } from '../components/PageTitle';
import { useRefreshEvents } from '../refresh-log';

const claimValue = (value: unknown): string => {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
};
const dateClaims = new Set(['exp', 'iat', 'auth_time']);

function Claims({ user }: { user: UserClaims }) {
  return (
    <dl className="claims">
      {Object.entries(user).map(([name, value]) => (
        <div key={name}>
          <dt>
            <code>{name}</code>
          </dt>
          <dd>
            {claimValue(value)}
            {dateClaims.has(name) && typeof value === 'number' ? <span className="muted"> ({formatTime(value * 1000)})</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RefreshNow() {
  const client = useAuthClient();
  const [state, setState] = useState<'idle' | 'pending' | 'failed'>('idle');
  const refresh = () => {
    setState('pending');
    client.refresh().then(
      () => setState('idle'),
      () => setState('failed'),
    );
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={refresh} disabled={state === 'pending'}>
        Refresh now
      </button>
      {state === 'failed' ? <span role="alert"> The refresh failed.</span> : null}
    </>
  );
}

export function Dashboard() {
  const { session, user, groups, status } = useSession();
  const refreshes = useRefreshEvents();
  const me = useApiQuery('/api/me');
  if (!session || !user) return null;
  const access = decodeJwtPayload<{ iat: number; exp: number }>(session.tokens.accessToken);

  return (
    <>
      <PageTitle title="Dashboard">Dashboard</PageTitle>
      <p className="lead">
        Signed in as <strong>{user.email}</strong>
        {' · '}groups: {groups.length ? groups.map((g) => <span key={g} className="badge">{g}</span>) : <span className="muted">none</span>}
        {' · '}status <code>{status}</code>
      </p>

      <div className="cards two">
        <section className="card" aria-labelledby="token-title">
          <h2 id="token-title">Access token</h2>
          <p>
            Expires in <Countdown until={session.expiresAt} />
          </p>
          <p className="muted small">
            Issued {formatTime(access.iat * 1000)}, lifetime {access.exp - access.iat} s. The kit refreshes it
            ahead of expiry (clock drift corrected); nothing here asks it to.
          </p>
          <RefreshNow />
        </section>

        <section className="card" aria-labelledby="refresh-title">
          <h2 id="refresh-title">Refresh events</h2>
          {refreshes.length === 0 ? (
            <p className="muted">None since this page loaded.</p>
          ) : (
            <ol className="refresh-list" aria-label="Refresh events">
              {refreshes.map((event) => (
                <li key={event.at}>
                  <time dateTime={new Date(event.at).toISOString()}>{formatTime(event.at)}</time>: new access token, valid until{' '}
                  {formatTime(event.expiresAt)}
                </li>
              ))}
            </ol>
          )}
          <p className="muted small" role="status">
            {refreshes.length === 1 ? '1 refresh' : `${refreshes.length} refreshes`}
          </p>
        </section>
      </div>

      <section className="card" aria-labelledby="api-title">
        <h2 id="api-title">The API, with your token</h2>
        <p className="muted small">
          <code>/api/me</code> verifies the access token (signature, issuer, expiry, client) and answers with its claims.
        </p>
        <ApiAnswerView path="/api/me" query={me} />
      </section>

      <section className="card" aria-labelledby="claims-title">
        <h2 id="claims-title">ID token claims</h2>
        <Claims user={user} />
      </section>
    </>
  );
}
