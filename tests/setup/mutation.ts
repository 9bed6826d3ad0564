/**
 * Mutation testing runs the suite once per mutant: property tests use fewer
 * runs there (a mutant that breaks an invariant breaks it for most inputs),
 * so a full run fits this 2-core machine. The normal test run keeps its own.
 */
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 25 });

// The import door's fuzz tests read their number of runs from here.
process.env.FUZZ_RUNS ??= '20';
