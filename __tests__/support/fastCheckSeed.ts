import * as fc from 'fast-check';

// Property tests run with a fixed seed so that CI is deterministic; a failure prints its seed
// and path. Explore new cases locally with `FC_SEED=random npm test` (or any number).
const requested = process.env.FC_SEED;
if (requested !== 'random') {
  fc.configureGlobal({ seed: requested === undefined ? 20261127 : Number(requested) });
}
