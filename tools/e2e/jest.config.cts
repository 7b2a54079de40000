const { swcJestOptions } = require('../../jest.swc.js');

module.exports = {
  displayName: 'e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', swcJestOptions],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 180_000,
};
