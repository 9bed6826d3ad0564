/**
 * What the comparison shows, as plain rows: the inputs that differ between
 * snapshots (each as display text) and the stored figures per snapshot with
 * their difference from the first one (the reference). Figures are read from
 * what each snapshot stored with it; nothing of the model is computed here.
 */
import {
  FINANCIERS,
  OUTCOMES,
  PARAM_IDS,
  PARAMETER_DEFS,
  parameterSetsInUse,
  PERSPECTIVES,
  type CostPerspective,
  type Payback,
  type Perspective,
  type Scenario,
  type WhatIf,
} from '../../engine';
import type { SnapshotRow, StoredFigures } from '../../lib/db/db';
import {
  formatKr,
  formatMonths,
  formatNumber,
  formatParamValue,
  formatPercent,
  formatSetting,
  type Lang,
  withMonths,
  withUnit,
} from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import { paramLabel } from '../../lib/labels';

export interface InputRow {
  key: string;
  label: string;
  values: string[];
}

/** Text cells of one input row; a row is kept only when its cells differ. */
function row(key: string, label: string, values: string[]): InputRow {
  return { key, label, values };
}

const WHAT_IF_KEYS = [
  'subsidisedToUnsubsidisedShare',
  'subsidyShare',
  'studiesToWorkShare',
  'studiesToWorkDelayYears',
  'extraFunds',
  'fewerPrimaryCareVisits',
  'fewerPsychiatricCareDays',
] as const satisfies readonly (keyof WhatIf)[];

function paramText(id: (typeof PARAM_IDS)[number], x: number | undefined, lang: Lang): string {
  if (x === undefined) return '–';
  const unit = PARAMETER_DEFS[id].unit;
  if (unit === 'months') return formatNumber(x, lang);
  // A comparison names the currency only: "25 000 kr", not "kr/mån".
  if (unit.startsWith('kr')) return withUnit(lang, 'kr', formatParamValue(x, false, lang));
  return formatParamValue(x, unit === 'share', lang);
}

function whatIfText(key: (typeof WHAT_IF_KEYS)[number], w: Partial<WhatIf>, lang: Lang): string {
  const x = w[key];
  if (key === 'subsidyShare')
    return x === null || x === undefined
      ? i18n.t('snapshots:compare.ownSubsidy')
      : formatPercent(x, lang);
  const n = x ?? 0;
  if (key === 'subsidisedToUnsubsidisedShare' || key === 'studiesToWorkShare')
    return formatPercent(n, lang);
  if (key === 'extraFunds') return formatKr(n, lang);
  return formatNumber(n, lang, Number.isInteger(n) ? 0 : 1);
}

function costText(c: Scenario['cohorts'][number]['cost'], lang: Lang): string {
  const text = costAmountText(c, lang);
  return c.mode !== 'standard' && c.includesIndirectTaxes
    ? i18n.t('snapshots:compare.costSpec.inclTax', { cost: text })
    : text;
}

function costAmountText(c: Scenario['cohorts'][number]['cost'], lang: Lang): string {
  switch (c.mode) {
    case 'total':
      return i18n.t('snapshots:compare.costSpec.total', { amount: formatKr(c.budget, lang, 1) });
    case 'perParticipant':
      return i18n.t('snapshots:compare.costSpec.perParticipant', {
        amount: formatKr(c.perParticipant, lang, 1),
      });
    case 'annualShare':
      return i18n.t('snapshots:compare.costSpec.annualShare', {
        amount: formatKr(c.annualBudget, lang, 1),
        participants: formatNumber(c.annualParticipants, lang),
      });
    default:
      return i18n.t('snapshots:compare.costSpec.standard');
  }
}

/** The input rows whose values are not the same in every snapshot. */
export function inputDifferences(rows: readonly SnapshotRow[], lang: Lang): InputRow[] {
  const sc = rows.map((r) => r.scenario);
  const out: InputRow[] = [];
  const add = (key: string, label: string, f: (s: Scenario) => string) =>
    out.push(row(key, label, sc.map(f)));

  add('title', i18n.t('snapshots:compare.rows.title'), (s) => s.title);
  add('horizon', i18n.t('snapshots:compare.rows.horizon'), (s) =>
    formatNumber(s.horizonYears, lang),
  );
  for (const f of FINANCIERS)
    add(
      `financing.${f}`,
      i18n.t('snapshots:compare.rows.financing', { actor: i18n.t(`app:actors.${f}`) }),
      (s) => formatPercent(s.financing[f], lang, 1),
    );
  add('cohorts', i18n.t('snapshots:compare.rows.cohortCount'), (s) =>
    formatNumber(s.cohorts.length, lang),
  );
  const maxCohorts = Math.max(...sc.map((s) => s.cohorts.length));
  const absent = i18n.t('snapshots:compare.absent');
  for (let i = 0; i < maxCohorts; i++) {
    const n = i + 1;
    const c = (s: Scenario) => s.cohorts[i];
    add(`cohort${i}.name`, i18n.t('snapshots:compare.rows.cohortName', { n }), (s) =>
      c(s) ? c(s).name : absent,
    );
    add(
      `cohort${i}.participants`,
      i18n.t('snapshots:compare.rows.cohortParticipants', { n }),
      (s) =>
        c(s)
          ? formatNumber(
              c(s).groups.reduce((a, g) => a + g.count, 0),
              lang,
            )
          : absent,
    );
    add(`cohort${i}.groups`, i18n.t('snapshots:compare.rows.cohortGroups', { n }), (s) =>
      c(s) ? formatNumber(c(s).groups.length, lang) : absent,
    );
    add(`cohort${i}.cost`, i18n.t('snapshots:compare.rows.cohortCost', { n }), (s) =>
      c(s) ? costText(c(s).cost, lang) : absent,
    );
  }
  add(
    'customResources',
    i18n.t('snapshots:compare.rows.customResources'),
    (s) => s.customResources.map((r) => r.name).join(', ') || absent,
  );
  add('parameterSet', i18n.t('snapshots:compare.rows.parameterSet'), (s) =>
    parameterSetsInUse(s)
      .map((u) => u.set.setId)
      .join(', '),
  );
  // A value per rule year in use ("2017: 31,42 %; 2022: …" when the cohorts take several years).
  for (const id of PARAM_IDS)
    add(
      `param.${id}`,
      i18n.t('snapshots:compare.rows.param', { label: paramLabel(id, i18n.lang) }),
      (s) => {
        const sets = parameterSetsInUse(s);
        return sets
          .map(
            (u) =>
              (sets.length > 1 ? `${u.year}: ` : '') +
              paramText(id, (u.set.values as Record<string, number>)[id], lang),
          )
          .join('; ');
      },
    );
  for (const k of WHAT_IF_KEYS)
    add(
      `whatIf.${k}`,
      i18n.t('snapshots:compare.rows.whatIf', {
        label: i18n.t(`snapshots:compare.whatIfKeys.${k}`),
      }),
      (s) => whatIfText(k, s.whatIf, lang),
    );
  // Beyond the reports: the appraisal settings and the Monte Carlo settings (older snapshots
  // stored none, or one persistence for all outcome types; their defaults are the reports').
  const pct = (x: number | undefined) => formatSetting(x ?? 0, lang);
  const appraisal = (s: Scenario): Partial<Scenario['appraisal']> => s.appraisal ?? {};
  const persistence = (s: Scenario, o: (typeof OUTCOMES)[number]) => {
    const p = appraisal(s).persistence as Scenario['appraisal']['persistence'] | number | undefined;
    return typeof p === 'number' ? p : (p?.[o] ?? 1);
  };
  const setting = (key: string, label: string, f: (s: Scenario) => string) =>
    add(`appraisal.${key}`, i18n.t('snapshots:compare.rows.appraisal', { label }), f);
  setting('discountRate', i18n.t('uncertainty:settings.discountRate'), (s) =>
    pct(appraisal(s).discountRate),
  );
  for (const o of OUTCOMES)
    setting(
      `persistence.${o}`,
      `${i18n.t('uncertainty:settings.persistence')}, ${i18n.t(`uncertainty:settings.${o}`)}`,
      (s) => pct(persistence(s, o)),
    );
  setting('deadweight', i18n.t('uncertainty:settings.deadweight'), (s) =>
    pct(appraisal(s).deadweight),
  );
  setting('attribution', i18n.t('uncertainty:settings.attribution'), (s) =>
    pct(appraisal(s).attribution ?? 1),
  );
  const mc = (key: string, label: string, f: (u: Scenario['uncertainty']) => string) =>
    add(`uncertainty.${key}`, i18n.t('snapshots:compare.rows.uncertainty', { label }), (s) =>
      s.uncertainty ? f(s.uncertainty) : absent,
    );
  mc('seed', i18n.t('uncertainty:monteCarlo.seed'), (u) => String(u.seed));
  mc('draws', i18n.t('uncertainty:monteCarlo.draws'), (u) => formatNumber(u.draws, lang));
  mc('distribution', i18n.t('uncertainty:monteCarlo.distribution'), (u) =>
    i18n.t(`uncertainty:monteCarlo.distributions.${u.distribution}`),
  );
  mc('target', i18n.t('uncertainty:monteCarlo.target'), (u) =>
    formatNumber(u.paybackTargetMonths, lang),
  );
  return out.filter((r) => r.values.some((x) => x !== r.values[0]));
}

// ---------------------------------------------------------------------------
// Figures

export type Measure = 'amount' | 'months' | 'count';

export interface FigureCell {
  text: string;
  /** Differs from the reference (the first snapshot). */
  differs: boolean;
  /** The difference from the reference, as text ("+1 200 000 kr", "−3 mån"), or ''. */
  delta: string;
  negative: boolean;
}

const MINUS = '−';

function signed(x: number, f: (n: number) => string): string {
  if (x === 0) return '±0';
  return `${x > 0 ? '+' : MINUS}${f(Math.abs(x))}`;
}

/** Cells for one figure across snapshots (undefined: the snapshot has no figures). */
export function figureCells(
  values: (number | Payback | undefined)[],
  measure: Measure,
  lang: Lang,
): FigureCell[] {
  const ref = values[0];
  const fmt = (x: number | Payback | undefined): string => {
    if (x === undefined) return i18n.t('snapshots:compare.notComputed');
    if (measure === 'months') return formatMonths(x, lang);
    if (x === 'neg') return formatMonths(x, lang);
    // Kronor throughout, never mkr in one row and kr in the next: one number style per column.
    return measure === 'count' ? formatNumber(x, lang) : formatKr(x, lang);
  };
  const shownSame = (a: number | Payback | undefined, b: number | Payback | undefined) =>
    fmt(a) === fmt(b);
  return values.map((x, i) => {
    const differs = i > 0 && !shownSame(x, ref);
    let delta = '';
    if (differs && typeof x === 'number' && typeof ref === 'number') {
      const d = x - ref;
      delta =
        measure === 'months'
          ? signed(Math.round(d), (n) => withMonths(formatNumber(n, lang), lang))
          : measure === 'count'
            ? signed(d, (n) => formatNumber(n, lang))
            : signed(d, (n) => formatKr(n, lang));
    }
    return {
      text: fmt(x),
      differs,
      delta,
      negative: typeof x === 'number' && x < 0 && measure === 'amount',
    };
  });
}

export interface FigureRow {
  key: string;
  label: string;
  cells: FigureCell[];
}

const pick =
  <T>(f: (fig: StoredFigures) => T) =>
  (r: SnapshotRow): T | undefined =>
    r.figures ? f(r.figures) : undefined;

/** The headline figures (society's perspective) of each snapshot. */
export function keyFigureRows(rows: readonly SnapshotRow[], lang: Lang): FigureRow[] {
  const line = (
    key: string,
    label: string,
    f: (x: SnapshotRow) => number | Payback | undefined,
    m: Measure,
  ) => ({
    key,
    label,
    cells: figureCells(rows.map(f), m, lang),
  });
  return [
    line(
      'participants',
      i18n.t('snapshots:compare.participants'),
      pick((f) => f.participants),
      'count',
    ),
    line(
      'cost',
      i18n.t('snapshots:compare.cost'),
      pick((f) => f.cost.samhalle),
      'amount',
    ),
    line(
      'revenue',
      i18n.t('snapshots:compare.revenue'),
      pick((f) => f.yearlyRevenue.samhalle),
      'amount',
    ),
    line(
      'profit1',
      i18n.t('snapshots:compare.profit1'),
      pick((f) => f.profitYear1.samhalle),
      'amount',
    ),
    line(
      'profit5',
      i18n.t('snapshots:compare.profit5'),
      pick((f) => f.profitYear5.samhalle),
      'amount',
    ),
    line(
      'profitH',
      i18n.t('snapshots:compare.profitH'),
      pick((f) => f.profitHorizon.samhalle),
      'amount',
    ),
    line(
      'payback',
      i18n.t('snapshots:compare.payback'),
      pick((f) => f.paybackMonths.samhalle),
      'months',
    ),
  ];
}

export type ActorMeasure = 'revenue' | 'profit5' | 'payback';

/** One figure per perspective (society, each actor, the participants). */
export function actorRows(
  rows: readonly SnapshotRow[],
  measure: ActorMeasure,
  lang: Lang,
): FigureRow[] {
  const perspectives: readonly Perspective[] =
    measure === 'payback' ? PERSPECTIVES.filter((p) => p !== 'individ') : PERSPECTIVES;
  return perspectives.map((p) => ({
    key: p,
    label: i18n.t(`app:actors.${p}`),
    cells: figureCells(
      rows.map(
        pick((f) =>
          measure === 'revenue'
            ? f.yearlyRevenue[p]
            : measure === 'profit5'
              ? f.profitYear5[p]
              : f.paybackMonths[p as CostPerspective],
        ),
      ),
      measure === 'payback' ? 'months' : 'amount',
      lang,
    ),
  }));
}
