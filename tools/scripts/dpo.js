#!/usr/bin/env node
// `npm run -s dpo -- <command>`: builds the CLI if its sources changed, then runs it.
const { join } = require('node:path');
const { ROOT, buildApps } = require('./build-lib');

if (!buildApps(['cli'])) process.exit(1);
require(join(ROOT, 'dist/apps/cli/main.js'));
