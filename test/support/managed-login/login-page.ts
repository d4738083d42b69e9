import { escapeHtml } from './http-helpers';

const page = (title: string, body: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input { display: block; width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem; font: inherit; }
button, .provider { display: block; width: 100%; box-sizing: border-box; margin-top: 1rem; padding: .6rem; font: inherit; text-align: center; }
button { background: #0b5cad; color: #fff; border: 0; border-radius: 4px; }
.provider { border: 1px solid #444; border-radius: 4px; color: #1a1a1a; text-decoration: none; }
[role=alert] { color: #a4000f; border: 1px solid #a4000f; padding: .5rem; margin-top: 1rem; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;

export interface LoginPageOptions {
  /** Where the form posts: /login with the authorize request's query. */
  action: string;
  xsrfToken: string;
  /** Sign-in links to the identity providers of the client ("Continue with <name>"). */
  providers: Array<{ name: string; href: string }>;
  username?: string;
  error?: string;
}

/**
 * The managed login page: email and password of a pool user, and a link per identity provider. No JavaScript; the
 * error is announced (role=alert) and the field to fix is focused on load.
 */
export function loginPage({ action, xsrfToken, providers, username, error }: LoginPageOptions): string {
  const alert = error ? `<p role="alert" id="login-error">${escapeHtml(error)}</p>` : '';
  const described = error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  const links = providers.map((p) => `<a class="provider" href="${escapeHtml(p.href)}">Continue with ${escapeHtml(p.name)}</a>`).join('\n');
  return page(
    'Sign in',
    `<h1>Sign in</h1>
${alert}
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="_csrf" value="${escapeHtml(xsrfToken)}">
<label for="username">Email</label>
<input id="username" name="username" type="email" autocomplete="username" required value="${escapeHtml(username ?? '')}"${described}${error || !username ? ' autofocus' : ''}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
${links}`,
  );
}

/** Cognito's own error page: shown instead of redirecting when the client or redirect_uri cannot be trusted. */
export function errorPage(error: string): string {
  return page('Error', `<h1>An error was encountered with the requested page.</h1>\n<p role="alert">${escapeHtml(error)}</p>`);
}
