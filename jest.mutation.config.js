// Jest as Stryker runs it (`npm run test:mutation`): only the tests that exercise the decoding,
// error and security modules. Property tests (1,000 random runs each) and the integration tests
// (dist smoke test, CLI, frameworks) stay in `npm test`.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    '**/__tests__/parseAppointmentWebhook.test.ts',
    '**/__tests__/parseAppointmentWebhook.invalid.test.ts',
    '**/__tests__/hostileInput.test.ts',
    '**/__tests__/decodeInternals.test.ts',
    '**/__tests__/decodeErrors.test.ts',
    '**/__tests__/fixtures.valid.test.ts',
    '**/__tests__/findUnknownFields.test.ts',
    '**/__tests__/verifyWebhookToken.test.ts',
    '**/__tests__/sha256.test.ts',
  ],
};
