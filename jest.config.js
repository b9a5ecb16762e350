/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10', isolatedModules: true, experimentalDecorators: true }, diagnostics: false }],
  },
  // The framework guides' examples (docs/frameworks/examples) and the testing toolkit import the
  // package by its name, as users do; tests run them against the sources.
  moduleNameMapper: {
    '^timetap-webhooks$': '<rootDir>/src/index.ts',
    '^timetap-webhooks/testing$': '<rootDir>/src/testing/index.ts',
  },
  testTimeout: 60000,
  setupFiles: ['<rootDir>/__tests__/support/fastCheckSeed.ts'],
  reporters: ['default', '<rootDir>/__tests__/support/plainSummaryReporter.js'],
};
