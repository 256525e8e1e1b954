// Builds the web app before `npm start` when dist/web is missing or older than its sources,
// so that a newcomer types nothing but `npm ci && npm start`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const sources = ['src/web', 'src/shared', 'vite.config.ts', 'scripts/vite-messages-plugin.ts', 'scripts/page-texts.ts', 'scripts/vite-precompress-plugin.ts', 'postcss.config.cjs', 'package-lock.json'];
const builtIndex = 'dist/web/index.html';

function newestModification(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestModification(path.join(entry, name))), stat.mtimeMs);
}

const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestModification));
if (process.argv.includes('--help') || process.argv.includes('-h')) process.exit(0);
if (builtAt >= changedAt) process.exit(0);

console.log(builtAt === 0 ? 'Building the web app (first start)…' : 'The web app changed since its last build; rebuilding…');
// Always the production build: under the test runner NODE_ENV is "test", and Vite would then bundle
// React's development build (≈ 60 KB gzip more) into what the journeys and benches measure.
const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
process.exit(result.status ?? 1);
