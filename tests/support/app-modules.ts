/**
 * The modules App.svelte loads with dynamic imports after it mounts (the
 * draft's database code, then the portfolio's connection). A test that mounts
 * the app imports this first: with them loaded already, those imports cannot
 * land after the test file's environment is torn down.
 */
import '../../src/lib/state/draft.svelte';
import '../../src/ui/portfolio/connect';
