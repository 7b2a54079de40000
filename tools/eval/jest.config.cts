const { swcJestOptions } = require('../../jest.swc.js');

// The evaluation tools' own checks (the shipped partner model is reproducible); the batches themselves are data, not tests.
module.exports = {
  displayName: 'eval',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', swcJestOptions],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/../jest/timeouts.js'],
};
