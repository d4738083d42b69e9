import { ChangePasswordForm, DeleteAccount, DeviceList, MfaSettings, PasskeyManager, useSession, useUserAttributes } from 'react-cognito-kit';
import { AttributesForm } from '../components/AttributesForm';
import { PageTitle } from '../components/PageTitle';
import { useAppSignOut } from '../components/SignOut';

function Profile() {
  const attributes = useUserAttributes();
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <p className="muted small">Your attributes as Cognito has them (GetUser), not as the id token last said.</p>
      {attributes.isPending ? (
        <p role="status">Loading your attributes…</p>
      ) : attributes.error ? (
        <p role="alert" className="error">
          {attributes.error.message}
        </p>
      ) : (
        <div className="split">
          <dl className="claims">
            {Object.entries(attributes.data).map(([name, value]) => (
              <div key={name}>
                <dt>
                  <code>{name}</code>
                </dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <AttributesForm key={JSON.stringify(attributes.data)} attributes={attributes.data} />
        </div>
      )}
    </section>
  );
}

export function Account() {
  const { user, session } = useSession();
  const { signOut, isPending, error } = useAppSignOut();
  if (!user || !session) return null;
  return (
    <>
      <PageTitle title="Account">Account</PageTitle>
      <p className="lead">
        Signed in as <strong>{user.email}</strong>.
      </p>

      <Profile />

      <div className="cards two">
        {/* The kit's forms bring their own headings. */}
        <div className="card">
          <ChangePasswordForm />
        </div>
        <div className="card">
          <MfaSettings issuer="react-cognito-kit demo" />
        </div>
      </div>

      <div className="card">
        <DeviceList />
      </div>

      {/* Then "Sign in without a password" on the sign-in page offers it (pages on http://localhost: the pool's RP id). */}
      <div className="card">
        <PasskeyManager />
      </div>

      <section className="card" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">Sign out</h2>
        <p className="muted small">
          “Sign out everywhere” revokes your refresh tokens (Cognito GlobalSignOut): other browsers lose the session at their next
          refresh.
        </p>
        {error ? (
          <p role="alert" className="error">
            {error.message}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void signOut()} disabled={isPending}>
            Sign out
          </button>
          <button type="button" className="button danger" onClick={() => void signOut({ global: true })} disabled={isPending}>
            Sign out everywhere
          </button>
        </div>
      </section>

      <div className="card">
        <DeleteAccount />
      </div>
    </>
  );
}
