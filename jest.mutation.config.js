// Jest as Stryker runs it (`npm run test:mutation`): only the tests that exercise the decoding,
// error and security modules. Property tests (1,000 random runs each) and the integration tests
// (dist smoke test, CLI, frameworks) stay in `npm test`.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    '**/__tests__/decode/parseAppointmentWebhook.test.ts',
    '**/__tests__/decode/parseAppointmentWebhook.invalid.test.ts',
    '**/__tests__/decode/hostileInput.test.ts',
    '**/__tests__/decode/decodeInternals.test.ts',
    '**/__tests__/decode/decodeErrors.test.ts',
    '**/__tests__/decode/fixtures.valid.test.ts',
    '**/__tests__/decode/findUnknownFields.test.ts',
    '**/__tests__/security/verifyWebhookToken.test.ts',
    '**/__tests__/security/sha256.test.ts',
  ],
};
