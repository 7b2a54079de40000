// Integration tests talk to real servers; end-to-end tests start processes. `testTimeout` in a
// project config is ignored when Jest runs several projects, so each project sets it here.
jest.setTimeout(Number(process.env.DPO_TEST_TIMEOUT_MS || 60_000));
