import { escapeHtml } from '../managed-login/http-helpers';

/**
 * The Example IdP's own sign-in page, styled apart from the managed login page so a test (or a person at the demo)
 * sees which side it is on. No JavaScript; the error is announced (role=alert) and its field focused on load.
 */
export function idpLoginPage({ action, email, error }: { action: string; email?: string; error?: string }): string {
  const alert = error ? `<p role="alert" id="idp-error">${escapeHtml(error)}</p>` : '';
  const described = error ? ' aria-describedby="idp-error" aria-invalid="true"' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Example IdP – Sign in</title>
<style>
body { font-family: Georgia, serif; max-width: 22rem; margin: 3rem auto; padding: 0 1rem; background: #f6f3ee; color: #222; }
label { display: block; margin-top: 1rem; }
input { display: block; width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem; font: inherit; }
button { margin-top: 1rem; margin-right: .5rem; padding: .5rem 1rem; font: inherit; }
[role=alert] { color: #8a0010; border-left: 4px solid #8a0010; padding-left: .5rem; }
</style>
</head>
<body>
<main>
<h1>Example IdP</h1>
<p>Sign in to continue to the app.</p>
${alert}
<form method="post" action="${escapeHtml(action)}">
<label for="idp-email">Email address</label>
<input id="idp-email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email ?? '')}"${described} autofocus>
<label for="idp-password">Password</label>
<input id="idp-password" name="password" type="password" autocomplete="current-password">
<button type="submit" name="action" value="login">Sign in</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</form>
</main>
</body>
</html>`;
}
