/**
 * The names the interface, the printed report and the CLI give the engine's
 * parameters and catalogue entries. The engine knows them by id only; the
 * texts live in the `parameters` and `catalogue` resources. This module reads
 * the plain resource modules (not the rune-based translator) so the CLI can use
 * it in Node as well.
 */
import type { ParamId } from '../engine/parameters';
import type { IncomeSource, ResourceItem, School } from '../engine/catalogue';
import type { Lang } from './format';
import { parameters as svParameters } from './i18n/sv/parameters';
import { parameters as enParameters } from './i18n/en/parameters';
import { catalogue as svCatalogue } from './i18n/sv/catalogue';
import { catalogue as enCatalogue } from './i18n/en/catalogue';

const PARAMETERS = { sv: svParameters, en: enParameters };
const CATALOGUE = { sv: svCatalogue, en: enCatalogue };

/** A parameter's name: "Referenslön, osubventionerat instegsjobb". */
export function paramLabel(id: ParamId, lang: Lang = 'sv'): string {
  return PARAMETERS[lang].label[id] ?? id;
}

/** An income source's full name, as the situation editor lists it. */
export function sourceLabel(source: IncomeSource, lang: Lang = 'sv'): string {
  return CATALOGUE[lang].source[source]?.label ?? source;
}

/** An income source's short name, for charts and one-line summaries ("Subv. arbete"). */
export function sourceShort(source: IncomeSource, lang: Lang = 'sv'): string {
  return CATALOGUE[lang].source[source]?.short ?? source;
}

/** A kind of school ("Komvux"). */
export function schoolLabel(school: School, lang: Lang = 'sv'): string {
  return CATALOGUE[lang].school[school] ?? school;
}

/** A built-in resource item's name ("Besök i primärvården"). */
export function resourceLabel(item: ResourceItem, lang: Lang = 'sv'): string {
  return CATALOGUE[lang].resource[item]?.label ?? item;
}

/** The unit a built-in resource item is counted in ("besök/år"). */
export function resourceUnit(item: ResourceItem, lang: Lang = 'sv'): string {
  return CATALOGUE[lang].resource[item]?.unit ?? '';
}
