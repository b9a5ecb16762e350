// The architecture, enforced: `npm test` runs `npm run check:layers` (dependency-cruiser) and fails
// with the rule's name when an import breaks one of these rules. docs/architecture.md draws them.
//
//   cli, testing                      on top: may use everything below; nothing imports them
//   postgres, redis                   the tracker's stores, each its own entry point
//                                     (`timetap-webhooks/postgres`, `/redis`): build on codecs and
//                                     track; nothing imports them; the only importers of `pg` / `redis`.
//                                     Like testing, they may import the main entry by the package's
//                                     name (src/index.ts here), so that dist/ shares one copy of the
//                                     codecs and the tracker instead of bundling a second one
//   index.ts                          the barrel: lists the public API; imported only by cli and the
//                                     subpath entries (testing, the stores)
//   track                             the appointment tracker: builds on codecs, time and diff;
//                                     imported only by index.ts, cli, testing and the stores
//   diff                              builds on codecs and time
//   decode, fields, time, jsonSchema  build on codecs only
//   codecs                            the bottom: imports no other capability
//   security                          stands alone

// The stores' database clients are optional peer dependencies: a user who does not use a store
// does not install them. They are matched both as resolved files (installed) and as bare module
// names (not installed: dependency-cruiser then reports the specifier itself), so the rules hold
// either way.
const PG = '^(node_modules/)?(@types/)?pg(/|$)';
const REDIS = '^(node_modules/)?(@types/)?(redis|@redis/[^/]+|ioredis)(/|$)';

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
      name: 'jsonSchema-builds-on-codecs-only',
      comment: 'The JSON Schema generator reads the codecs; nothing else, so the decoder never carries it.',
      severity: 'error',
      from: { path: '^src/jsonSchema/' },
      to: { path: '^src/(?!(jsonSchema|codecs)/)' },
    },
    {
      name: 'diff-builds-on-codecs-and-time-only',
      severity: 'error',
      from: { path: '^src/diff/' },
      to: { path: '^src/(?!(diff|codecs|time)/)' },
    },
    {
      name: 'track-builds-on-codecs-time-and-diff',
      comment: 'The tracker turns decoded snapshots into events: it uses the codecs, times and the diff, nothing else.',
      severity: 'error',
      from: { path: '^src/track/' },
      to: { path: '^src/(?!(track|codecs|time|diff)/)' },
    },
    {
      name: 'postgres-builds-on-codecs-and-track-only',
      comment: 'By file; or through the main entry, imported by the package name as a subpath entry must.',
      severity: 'error',
      from: { path: '^src/postgres/' },
      to: { path: '^src/(?!(postgres|codecs|track)/)', pathNot: '^src/index\\.ts$' },
    },
    {
      name: 'redis-builds-on-codecs-and-track-only',
      comment: 'By file; or through the main entry, imported by the package name as a subpath entry must.',
      severity: 'error',
      from: { path: '^src/redis/' },
      to: { path: '^src/(?!(redis|codecs|track)/)', pathNot: '^src/index\\.ts$' },
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
      name: 'only-the-top-and-the-stores-import-track',
      comment: 'The tracker sits above the decoding capabilities: only index.ts, cli, testing and the stores build on it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/((track|cli|testing|postgres|redis)/|index\\.ts$)' },
      to: { path: '^src/track/' },
    },
    {
      name: 'nothing-imports-postgres',
      comment: 'The PostgreSQL store is its own entry point (timetap-webhooks/postgres): importing it elsewhere would pull pg into the main entry.',
      severity: 'error',
      from: { path: '^src/(?!postgres/)' },
      to: { path: '^src/postgres/' },
    },
    {
      name: 'nothing-imports-redis',
      comment: 'The Redis store is its own entry point (timetap-webhooks/redis): importing it elsewhere would pull redis into the main entry.',
      severity: 'error',
      from: { path: '^src/(?!redis/)' },
      to: { path: '^src/redis/' },
    },
    {
      name: 'only-postgres-imports-pg',
      comment: 'pg is an optional peer dependency, needed only by users of timetap-webhooks/postgres.',
      severity: 'error',
      from: { path: '^src/(?!postgres/)' },
      to: { path: PG },
    },
    {
      name: 'only-redis-imports-redis',
      comment: 'The Redis client is an optional peer dependency, needed only by users of timetap-webhooks/redis.',
      severity: 'error',
      from: { path: '^src/(?!redis/)' },
      to: { path: REDIS },
    },
    {
      name: 'only-the-top-imports-the-barrel',
      comment:
        'src/index.ts lists the public API; capabilities import each other by file, never through it. The subpath entries (testing, the stores) import it by the package name.',
      severity: 'error',
      from: { path: '^src/(?!(cli|testing|postgres|redis)/)' },
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
      comment:
        'io-ts and fp-ts are the only runtime dependencies (peers), plus the optional peers pg and redis, which the two rules above confine to their stores; a dev dependency must not leak into src.',
      severity: 'error',
      from: { path: '^src/' },
      to: {
        dependencyTypes: ['npm-dev', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'],
        pathNot: ['^node_modules/(io-ts|fp-ts)/', PG, REDIS],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    // node_modules is not followed but stays in the graph: an installed package imported from src
    // must reach the rules (excluding it hid every installed dev dependency from them).
    exclude: { path: '^dist/' },
  },
};
