/**
 * The modules App.svelte loads with dynamic imports after it mounts (the
 * draft's database code, the portfolio's connection, and the print report's
 * code once the first figures are in). A test that mounts
 * the app imports this first: with them loaded already, those imports cannot
 * land after the test file's environment is torn down.
 */
import '../../src/lib/state/draft.svelte';
import '../../src/ui/portfolio/connect';
import '../../src/ui/print/print-report.svelte';
