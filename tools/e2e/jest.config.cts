const { swcJestOptions } = require('../../jest.swc.js');

module.exports = {
  displayName: 'e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', swcJestOptions],
  },
  moduleFileExtensions: ['ts', 'js'],
  setupFilesAfterEnv: ['<rootDir>/../jest/timeouts.js', '<rootDir>/src/e2e-timeouts.ts'],
};
