import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type Rollup } from 'vite';
import { repoRoot } from '../e2e-support/quickstart-app';

/** Everything the bench writes lives here (git-ignored); apps below it resolve the repository's node_modules (the Amplify app: ./peers.ts). */
export const BENCH_DIR = join(repoRoot, 'test', '.tmp', 'bench');

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const sizesOf = (source: string | Uint8Array): Sizes => {
  const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};

export const addSizes = (...all: Sizes[]): Sizes =>
  all.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

export const subtractSizes = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });

export interface AppSource {
  /** Folder name under test/.tmp/bench/apps (or wherever `dir` says). */
  name: string;
  /** src/main.tsx */
  main: string;
  /** Extra markup in <head>, before the module script (e.g. an observer that must start first). */
  head?: string;
  /** Vite `define` (the bare SDK needs `global`). */
  define?: Record<string, string>;
  /** Left out of the bundle (bare imports stay): to weigh one package's code without its dependencies. */
  external?: Array<string | RegExp>;
}

export interface BuiltApp {
  dir: string;
  distDir: string;
  js: Sizes;
  css: Sizes;
  /** Each emitted JS chunk with the modules in it, for the breakdown. */
  chunks: Rollup.OutputChunk[];
  /** Web Workers Vite bundled apart (it emits them as assets, not chunks): JS all the same, loaded on demand. */
  workers: Rollup.OutputAsset[];
}

const indexHtml = (head = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <title>bench</title>
    ${head}
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

/** Writes the app and builds it for production with Vite's JS API (its own plain config: the React plugin). */
export async function buildApp(app: AppSource, parent = join(BENCH_DIR, 'apps')): Promise<BuiltApp> {
  const dir = join(parent, app.name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(join(dir, 'index.html'), indexHtml(app.head));
  await writeFile(join(dir, 'src', 'main.tsx'), app.main);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `bench-${app.name}`, private: true, type: 'module' }) + '\n');
  const distDir = join(dir, 'dist');
  const config: InlineConfig = {
    root: dir,
    configFile: false,
    mode: 'production',
    logLevel: 'silent',
    clearScreen: false,
    plugins: [react()],
    define: app.define,
    build: {
      outDir: distDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: app.external ? { external: app.external } : {},
    },
  };
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let output: Rollup.RollupOutput;
  try {
    const result = await build(config);
    output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  const chunks = output.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const css = output.output.filter((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'));
  const workers = output.output.filter((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.js'));
  return {
    dir,
    distDir,
    chunks,
    workers,
    js: addSizes(...chunks.map((c) => sizesOf(c.code)), ...workers.map((w) => sizesOf(w.source))),
    css: addSizes(...css.map((c) => sizesOf(typeof c.source === 'string' ? c.source : c.source))),
  };
}

/** The apps every weighing uses. `kitImport` is where react-cognito-kit comes from (the packed package or src). */
export const apps = {
  reactOnly: (): AppSource => ({
    name: 'react-only',
    main: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <p>Hello</p>
  </StrictMode>,
);
`,
  }),

  /** The README quick start: AuthProvider + Authenticator (sign-in first; sign-up and reset fetched on demand) + the kit's CSS. */
  kit: (kitImport = 'react-cognito-kit', css = 'react-cognito-kit/styles.css', name = 'kit'): AppSource => ({
    name,
    main: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, Authenticator, useSession, useSignOut } from '${kitImport}';
import '${css}';

function Account() {
  const { user } = useSession();
  const signOut = useSignOut();
  return <p>Signed in as {user?.email} <button onClick={() => signOut.mutate()}>Sign out</button></p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider config={{ userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'your-app-client-id' }}>
      <Authenticator>
        <Account />
      </Authenticator>
    </AuthProvider>
  </StrictMode>,
);
`,
  }),

  /** The floor: the bare SDK's SRP sign-in in a React form (it needs \`global\` defined under Vite). */
  sdkFloor: (): AppSource => ({
    name: 'sdk-floor',
    define: { global: 'globalThis' },
    main: `import { StrictMode, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';

const pool = new CognitoUserPool({ UserPoolId: 'eu-west-1_AbC123xyZ', ClientId: 'your-app-client-id' });

function SignIn() {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const user = new CognitoUser({ Username: String(data.get('email')), Pool: pool });
    user.authenticateUser(new AuthenticationDetails({ Username: String(data.get('email')), Password: String(data.get('password')) }), {
      onSuccess: (session) => console.log(session.getIdToken().payload.email),
      onFailure: (error) => console.error(error),
    });
  };
  return <form onSubmit={submit}><input name="email" /><input name="password" type="password" /><button>Sign in</button></form>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SignIn />
  </StrictMode>,
);
`,
  }),

  /** Amplify UI's drop-in: <Authenticator> (sign-in, sign-up, confirm, reset) with its stylesheet. Build it below PEERS_DIR (./peers.ts). */
  amplify: (): AppSource => ({
    name: 'amplify-authenticator',
    main: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

Amplify.configure({ Auth: { Cognito: { userPoolId: 'eu-west-1_AbC123xyZ', userPoolClientId: 'your-app-client-id' } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Authenticator>
      {({ signOut, user }) => <p>Signed in as {user?.username} <button onClick={signOut}>Sign out</button></p>}
    </Authenticator>
  </StrictMode>,
);
`,
  }),
};

/** What the kit bundles of its own: the SDK (and its polyfills), react-query and React stay outside. */
export const KIT_EXTERNALS: Array<string | RegExp> = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\/react-query($|\/)/,
  /^amazon-cognito-identity-js($|\/)/,
];
