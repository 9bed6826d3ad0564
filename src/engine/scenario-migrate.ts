/**
 * Older scenario documents brought up to the current format version: the
 * migration a parse applies before validating, and the upgrade of an
 * unvalidated draft the editors can show.
 */
import { defaultParamValues, PARAM_IDS, ruleYearOf } from './parameters';
import { SCENARIO_VERSION } from './scenario-schema';

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Fill the parameters a set lacks with the defaults of its year: documents
 * written before a parameter existed keep every value they carried and take
 * the law of their year for the rest.
 */
function completeSet(set: unknown): unknown {
  if (!isRecord(set) || !isRecord(set.values)) return set;
  const year = typeof set.year === 'number' ? set.year : undefined;
  const missing = PARAM_IDS.filter((id) => !(id in (set.values as object)));
  if (!missing.length) return set;
  const defaults = defaultParamValues(ruleYearOf(year));
  const values: Record<string, unknown> = { ...set.values };
  for (const id of missing) values[id] = defaults[id];
  return { ...set, values };
}

/**
 * Bring an older document up to the current version. Version 1 carried one
 * parameter set (se-2025) for every cohort: it stays pinned, so a saved
 * calculation values as it did, with any parameter added since taken from the
 * rules of the set's year. Version 2 needs nothing more: its costs carry no
 * `includesIndirectTaxes` and so exclude the indirect taxes, as they always
 * did, and it has no known figures.
 */
export function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc, version: SCENARIO_VERSION };
  if ('parameters' in out && out.parameters !== undefined)
    out.parameters = completeSet(out.parameters);
  if (Array.isArray(out.parameterSets)) out.parameterSets = out.parameterSets.map(completeSet);
  return out;
}

/**
 * An editable draft of an older version brought up to this one without
 * validating it (the user may have closed the tab mid-correction): the new
 * fields get their defaults so the editors can show it.
 */
export function upgradeDraft(doc: Record<string, unknown>): Record<string, unknown> {
  const out = migrate(doc);
  if (!Array.isArray(out.parameterSets)) out.parameterSets = [];
  if (!isRecord(out.valuation))
    out.valuation = { activitySupportPayer: 'fk', yearsToRetirement: null };
  return out;
}
