/**
 * Mutation testing runs the suite once per mutant: property tests use fewer
 * runs there (a mutant that breaks an invariant breaks it for most inputs),
 * so a full run fits this 2-core machine. The normal test run keeps its own.
 * And one seed: a mutant that only some generated cases reach is then reached
 * (or not) in every run alike. With a new seed per run, CI re-checking such a
 * mutant could find it survived where the committed state had it killed.
 */
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 25, seed: 20_261_126 });

// The import door's fuzz tests read their number of runs from here.
process.env.FUZZ_RUNS ??= '20';
