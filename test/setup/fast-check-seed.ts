import fc from 'fast-check'

// CI sets FC_SEED so that its property runs are reproducible; developers'
// runs stay random and keep finding new cases (fast-check prints the seed of
// a failure, and FC_SEED=<seed> replays it).
const seed = process.env.FC_SEED
if (seed !== undefined && seed !== '') fc.configureGlobal({seed: Number(seed)})
