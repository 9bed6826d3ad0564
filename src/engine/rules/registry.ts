/**
 * Where the engine finds the rule data. The worker, the CLI and the tests
 * install it statically (`./install.ts`); the page loads it on demand with
 * `loadRules()` before it first needs a value, so its first-load script
 * carries the engine's code but not the tables of every year's law.
 */
import type { RulesData } from './data';

let installed: RulesData | undefined;

export function installRules(data: RulesData): void {
  installed = data;
}

/** The rule data; throws if no one installed or loaded it yet (a programming error). */
export function rulesData(): RulesData {
  if (!installed) throw new Error('Rule data not loaded: call loadRules() or import rules/install');
  return installed;
}

export const rulesLoaded = (): boolean => installed !== undefined;

/** Load the rule data (a separate chunk) and install it; resolves at once when it is there. */
export async function loadRules(): Promise<void> {
  if (!installed) installRules((await import('./data')).RULES_DATA);
}
