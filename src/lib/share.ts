/**
 * Share a scenario as a link: the scenario compressed into the URL fragment,
 * nothing sent anywhere. (To be implemented.)
 */
import type { Scenario, ValidationIssue } from '../engine';

export type FragmentResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

/** The scenario in a URL fragment (`#s=…`), or null when the fragment holds none. */
export function scenarioFromFragment(_hash: string): FragmentResult | null {
  return null;
}
