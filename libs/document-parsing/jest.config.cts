const { swcJestOptions } = require('../../jest.swc.js');

module.exports = {
  displayName: 'document-parsing',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', swcJestOptions],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/document-parsing',
};
