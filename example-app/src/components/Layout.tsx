import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useSession } from 'react-cognito-kit';
import { inboxEnabled } from '../config';
import { DevInbox } from './DevInbox';
import { SignOutProvider, useAppSignOut } from './SignOut';

function Header() {
  const { isSignedIn, user, groups, status } = useSession();
  const { signOut, isPending } = useAppSignOut();
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        <span className="brand-mark" aria-hidden="true" />
        react-cognito-kit <span className="brand-sub">demo</span>
      </Link>
      <nav aria-label="Main">
        <ul className="nav-links">
          <li>
            <NavLink to="/" end>
              Home
            </NavLink>
          </li>
          <li>
            <NavLink to="/dashboard">Dashboard</NavLink>
          </li>
          <li>
            <NavLink to="/admin">Admin</NavLink>
          </li>
          <li>
            <NavLink to="/account">Account</NavLink>
          </li>
        </ul>
      </nav>
      <div className="session-box">
        {isSignedIn ? (
          <>
            <span className="who" title={user?.email}>
              Signed in as <strong className="who-email">{user?.email}</strong>
              {groups.includes('admin') ? <span className="badge">admin</span> : null}
            </span>
            <button type="button" className="button secondary" onClick={() => void signOut()} disabled={isPending}>
              Sign out
            </button>
          </>
        ) : status === 'loading' ? null : (
          <>
            <Link to="/sign-in" className="button secondary">
              Sign in
            </Link>
            <Link to="/register" className="button primary">
              Create account
            </Link>
          </>
        )}
      </div>
    </header>
  );
}

/** After a sign-out: the router's notice, or why the session ended by itself. */
function Notice() {
  const location = useLocation();
  const { signOutReason, isSignedIn } = useSession();
  const notice = (location.state as { notice?: string } | null)?.notice;
  let text = notice;
  if (!text && !isSignedIn && signOutReason === 'revoked') text = 'Your session was ended (signed out on every device). Sign in again.';
  if (!text && !isSignedIn && signOutReason === 'expired') text = 'Your session expired. Sign in again.';
  return (
    <div role="status" className={text ? 'notice' : 'notice empty'}>
      {text}
    </div>
  );
}

/** Moves focus to the new page's <h1> after in-app navigation, as a page load would for screen readers. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);
}

export function Layout() {
  useFocusOnNavigation();
  return (
    <SignOutProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <div className={inboxEnabled ? 'page with-inbox' : 'page'}>
        <main id="main">
          <Notice />
          <Outlet />
        </main>
        {inboxEnabled ? <DevInbox /> : null}
      </div>
      <footer className="site-footer">
        <p>
          Built with <code>react-cognito-kit</code>: forms, session and refresh from the kit; the API checks every token with{' '}
          <code>aws-jwt-verify</code>.
        </p>
      </footer>
    </SignOutProvider>
  );
}
