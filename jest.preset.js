const nxPreset = require('@nx/jest/preset').default;
const { join } = require('node:path');

module.exports = {
  ...nxPreset,
  // Real Postgres and NATS are located once per project run (testcontainers or env/local servers).
  globalSetup: join(__dirname, 'tools/jest/global-setup.js'),
  globalTeardown: join(__dirname, 'tools/jest/global-teardown.js'),
  setupFilesAfterEnv: [join(__dirname, 'tools/jest/timeouts.js')],
};
