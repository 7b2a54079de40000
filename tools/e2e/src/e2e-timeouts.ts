// A whole system of processes per test file: minutes, not seconds.
jest.setTimeout(180_000);
