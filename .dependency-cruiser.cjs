// The architecture, enforced: `npm test` runs `npm run check:layers` (dependency-cruiser) and fails
// with the rule's name when an import breaks one of these rules. docs/architecture.md draws them.
//
//   cli, testing                      on top: may use everything below; nothing imports them
//   index.ts                          the barrel: lists the public API, imported by nobody in src
//   track                             builds on codecs, diff and time
//   diff                              builds on codecs and time
//   decode, fields, time              build on codecs only
//   codecs                            the bottom: imports no other capability
//   security                          stands alone
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Import cycles make load order matter and layers meaningless: extract what both sides share.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'codecs-are-the-bottom',
      comment: 'codecs/ holds the wire format and its building blocks; it imports no other capability.',
      severity: 'error',
      from: { path: '^src/codecs/' },
      to: { path: '^src/(?!codecs/)' },
    },
    {
      name: 'decode-builds-on-codecs-only',
      severity: 'error',
      from: { path: '^src/decode/' },
      to: { path: '^src/(?!(decode|codecs)/)' },
    },
    {
      name: 'fields-build-on-codecs-only',
      severity: 'error',
      from: { path: '^src/fields/' },
      to: { path: '^src/(?!(fields|codecs)/)' },
    },
    {
      name: 'time-builds-on-codecs-only',
      severity: 'error',
      from: { path: '^src/time/' },
      to: { path: '^src/(?!(time|codecs)/)' },
    },
    {
      name: 'diff-builds-on-codecs-and-time-only',
      severity: 'error',
      from: { path: '^src/diff/' },
      to: { path: '^src/(?!(diff|codecs|time)/)' },
    },
    {
      name: 'track-builds-on-codecs-diff-and-time-only',
      comment: 'The appointment tracker keeps decoded snapshots: it never decodes, and never reads the command line.',
      severity: 'error',
      from: { path: '^src/track/' },
      to: { path: '^src/(?!(track|diff|codecs|time)/)' },
    },
    {
      name: 'security-stands-alone',
      severity: 'error',
      from: { path: '^src/security/' },
      to: { path: '^src/(?!security/)' },
    },
    {
      name: 'nothing-imports-cli',
      comment: 'The command line is a leaf: the library must not depend on it.',
      severity: 'error',
      from: { path: '^src/(?!cli/)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'nothing-imports-testing',
      comment: 'The testing toolkit is its own entry point; production code must not carry it.',
      severity: 'error',
      from: { path: '^src/(?!testing/)' },
      to: { path: '^src/testing/' },
    },
    {
      name: 'only-the-top-imports-the-barrel',
      comment: 'src/index.ts lists the public API; capabilities import each other by file, never through it.',
      severity: 'error',
      from: { path: '^src/(?!(cli|testing)/)' },
      to: { path: '^src/index\\.ts$' },
    },
    {
      name: 'library-has-no-node-builtins',
      comment: 'The library runs on edge runtimes (Workers, Deno, Vercel edge): only the CLI may use node: modules.',
      severity: 'error',
      from: { path: '^src/(?!cli/)' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'peers-and-nothing-else-at-run-time',
      comment: 'io-ts and fp-ts are the only runtime dependencies (peers); a dev dependency must not leak into src.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'], pathNot: '^node_modules/(io-ts|fp-ts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
