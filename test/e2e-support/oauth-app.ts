import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installTarball, packKit, type QuickstartApp } from './quickstart-app';

/**
 * A tiny Vite app for sign-in by redirect: the packed kit, an <AuthProvider> whose config (oauth included) is read
 * from /config.json at start, so the app can be built before the managed login domain knows its callback URL. Shows
 * the status, the path (kept in step with popstate, as a router would), the email and the providers of the
 * session; a LoginForm with "Continue with Example IdP" when signed out, "Sign out" when signed in.
 * `window.__oauthApp.tokens()` reports the client's tokens to the test (never rendered).
 */
const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <title>OAuth app</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

const main = `import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, LoginForm, useAuthClient, useSession, useSignOut, type AuthConfig } from 'react-cognito-kit';
import 'react-cognito-kit/styles.css';

function usePath() {
  const [path, setPath] = useState(() => location.pathname + location.search);
  useEffect(() => {
    const update = () => setPath(location.pathname + location.search);
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return path;
}

function Screen() {
  const client = useAuthClient();
  const { status, isSignedIn, user } = useSession();
  const signOut = useSignOut();
  const path = usePath();
  useEffect(() => {
    (window as unknown as { __oauthApp: unknown }).__oauthApp = { tokens: () => client.getState().session?.tokens ?? null };
  }, [client]);
  return (
    <main>
      <p>Status: <output data-testid="status">{status}</output></p>
      <p>Path: <output data-testid="path">{path}</output></p>
      <p>Email: <output data-testid="email">{user?.email ?? ''}</output></p>
      <p>Providers: <output data-testid="identities">{(user?.identities ?? []).map((i) => i.providerName).join(',')}</output></p>
      {isSignedIn ? (
        <button type="button" onClick={() => signOut.mutate()}>Sign out</button>
      ) : status === 'loading' ? null : (
        <LoginForm providers={[{ name: 'ExampleIdP', label: 'Example IdP' }]} />
      )}
    </main>
  );
}

fetch('/config.json').then((r) => r.json()).then((config: AuthConfig) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AuthProvider config={config}>
        <Screen />
      </AuthProvider>
    </StrictMode>,
  );
});
`;

const viteConfig = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`;

export async function createOAuthApp(appDir: string): Promise<QuickstartApp> {
  await rm(appDir, { recursive: true, force: true });
  await mkdir(join(appDir, 'src'), { recursive: true });
  const tarballDir = await mkdtemp(join(tmpdir(), 'rck-pack-'));
  try {
    await installTarball(await packKit(tarballDir), appDir);
  } finally {
    await rm(tarballDir, { recursive: true, force: true });
  }
  const configFile = join(appDir, 'vite.config.ts');
  await Promise.all([
    writeFile(join(appDir, 'package.json'), JSON.stringify({ name: 'oauth-app', private: true, type: 'module' }, null, 2) + '\n'),
    writeFile(join(appDir, 'index.html'), indexHtml),
    writeFile(join(appDir, 'src', 'main.tsx'), main),
    writeFile(configFile, viteConfig),
  ]);
  return { appDir, configFile, distDir: join(appDir, 'dist'), mainSource: main };
}
