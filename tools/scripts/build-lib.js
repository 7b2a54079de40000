// Shared by the npm scripts: build the apps with Nx when their sources are newer than dist.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '../..');
const APPS = ['gateway', 'ingestion', 'extraction', 'registry', 'notifications', 'cli'];

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function staleApps(apps) {
  const libs = newestMtime(join(ROOT, 'libs'));
  return apps.filter((app) => {
    const main = join(ROOT, 'dist/apps', app, 'main.js');
    if (!existsSync(main)) return true;
    const built = statSync(main).mtimeMs;
    return Math.max(libs, newestMtime(join(ROOT, 'apps', app, 'src'))) > built;
  });
}

/** Build what is stale; progress and errors go to stderr. Returns true on success. */
function buildApps(apps = APPS, log = (m) => process.stderr.write(m)) {
  const stale = staleApps(apps);
  if (!stale.length) return true;
  log(`building ${stale.join(', ')}…\n`);
  const res = spawnSync(
    process.execPath,
    [require.resolve('nx/bin/nx', { paths: [ROOT] }), 'run-many', '-t', 'build', '-p', ...stale, '--parallel=2', '--output-style=stream-without-prefixes'],
    { cwd: ROOT, env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' }, encoding: 'utf8' },
  );
  if (res.status !== 0) {
    log(`build failed:\n${(res.stdout || '').slice(-4000)}${(res.stderr || '').slice(-4000)}\n`);
    return false;
  }
  return true;
}

module.exports = { ROOT, APPS, buildApps };
