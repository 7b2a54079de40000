#!/usr/bin/env node
// `npm test`: build the services (end-to-end tests start them as processes), then run every
// Jest project (unit, integration, end-to-end) in one run. Results also go to tmp/jest-results.json.
const { spawnSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, buildApps } = require('./build-lib');

if (!buildApps()) process.exit(1);
mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const res = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest', { paths: [ROOT] }), '--ci', '--json', `--outputFile=${join(ROOT, 'tmp/jest-results.json')}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } },
);
process.exit(res.status ?? 1);
