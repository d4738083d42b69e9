import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../e2e-support/quickstart-app';

// The peer the bench weighs the kit against, Amplify UI's <Authenticator>, needs packages nothing else in the
// repository uses. They are not devDependencies: Amplify UI brings @xstate/react, whose peer range stops at React 18,
// and npm printed its ERESOLVE override on every install of the repository. The bench installs them here instead,
// pinned, on its first run (test/.tmp is git-ignored), as a React 19 app of their own would get them (in the
// repository's tree they also shared hoisting with the dev tools, which put a second @aws-crypto/sha256-js into
// Amplify's bundle). `--omit=peer` keeps React out of this folder, so the Amplify app, built below it, resolves the
// repository's React like the bench's other apps (the copy the React-only app subtracts); npm still notes the
// @xstate/react override, one short line per copy.
export const PEERS_DIR = join(repoRoot, 'test', '.tmp', 'bench-peers');

/** Bump both together (Amplify UI's peer range on aws-amplify) and note it with the next bench run. */
export const AMPLIFY_PEERS = { 'aws-amplify': '6.22.1', '@aws-amplify/ui-react': '6.15.6' } as const;

const installedVersion = (name: string): string | undefined => {
  try {
    return (JSON.parse(readFileSync(join(PEERS_DIR, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
};

/** Installs the pinned Amplify packages into PEERS_DIR unless they are there already; returns PEERS_DIR. */
export function installPeers(log: (line: string) => void = () => {}): string {
  const pinned = Object.entries(AMPLIFY_PEERS);
  if (pinned.every(([name, version]) => installedVersion(name) === version)) return PEERS_DIR;
  log(`installing ${pinned.map(([name, version]) => `${name}@${version}`).join(' ')} into test/.tmp/bench-peers (once)`);
  rmSync(PEERS_DIR, { recursive: true, force: true });
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--omit=peer', '--prefix', PEERS_DIR, ...pinned.map(([name, version]) => `${name}@${version}`)],
    // npm's report goes to stderr with the bench's progress lines; stdout is the table.
    { stdio: ['ignore', 2, 2] },
  );
  return PEERS_DIR;
}
