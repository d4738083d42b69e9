import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// React 18 beside the project's React 19: npm cannot hold both in one tree (react-dom's peer range), so the
// react18 test project installs it once into an ignored folder and aliases `react`/`react-dom` to it.
export const react18Dir = join(__dirname, '../.tmp/react18');

export default function setup(): void {
  if (existsSync(join(react18Dir, 'node_modules/react-dom/package.json'))) return;
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', react18Dir, 'react@18.3.1', 'react-dom@18.3.1'],
    { stdio: 'inherit' },
  );
}
