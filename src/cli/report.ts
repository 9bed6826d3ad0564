/**
 * Plain-text tables like the published reports' (Tabell 1–4 and the
 * participants' disposable income), for the CLI's --table output.
 */
import type {
  EvaluationResult,
  KnownCaseResult,
  MonteCarloResult,
  SensitivityResult,
  Payback,
  Perspective,
  SegmentResult,
} from '../engine';
import { COST_PERSPECTIVES, PERSPECTIVES, type ParamId } from '../engine';
import { warningText } from '../lib/engine-texts';
import { formatKr, formatMonths } from '../lib/format';
import { paramLabel } from '../lib/labels';

export const PERSPECTIVE_LABEL_SV: Record<Perspective, string> = {
  samhalle: 'Samhället',
  kommun: 'Kommun',
  region: 'Region',
  statenTotalt: 'Staten totalt',
  af: 'Arbetsförmedlingen',
  fk: 'Försäkringskassan',
  ovrigStat: 'Övrig stat',
  individ: 'Individerna/hushållen',
};

const ORDER: Perspective[] = [...COST_PERSPECTIVES];

/** Render rows as a left/right-aligned text table. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('   '), ...rows.map(line)].join('\n');
}

const kr = (x: number | undefined) => (x === undefined ? '' : formatKr(x));
const months = (x: Payback | undefined) => (x === undefined ? '' : formatMonths(x));

export function scenarioReport(r: EvaluationResult): string {
  const out: string[] = [];
  const sections = [
    r.total,
    ...(r.byCohort.length > 1 ? r.byCohort : []),
    ...(r.byGender.length > 1 ? r.byGender : []),
  ];
  out.push(`${r.title}`);
  out.push(
    `Parameteruppsättning ${r.parameterSetId}; belopp i ${r.priceYear} års priser; horisont ${r.horizonYears} år.`,
  );
  for (const s of sections) out.push('', segmentReport(s, r.horizonYears));
  for (const w of r.warnings) out.push(`Obs: ${warningText(w, 'sv')}`);
  return out.join('\n');
}

function segmentReport(s: SegmentResult, horizon: number): string {
  const out: string[] = [];
  out.push(
    `== ${s.label}: ${s.participants.toLocaleString('sv-SE')} deltagare, kostnad ${formatKr(s.cost.samhalle)} inkl. indirekta skatter ==`,
  );
  out.push('');
  out.push('Samhällsekonomisk potential');
  out.push(
    textTable(
      ['', 'Totalt', 'Per deltagare'],
      [
        [
          'Tillgänglig potential i Före-läge',
          kr(s.potential.before),
          kr(s.potential.beforePerParticipant),
        ],
        ['Utnyttjad potential', kr(s.potential.utilised), kr(s.potential.utilisedPerParticipant)],
        [
          'Kvarvarande potential i Efter-läge',
          kr(s.potential.after),
          kr(s.potential.afterPerParticipant),
        ],
      ],
    ),
  );
  out.push('');
  out.push('Intäkter, lönsamhet och återbetalningstid');
  const hz = horizon === 5 ? '5 år' : `${horizon} år`;
  out.push(
    textTable(
      [
        'Aktör',
        'Intäkt/år',
        'Per deltagare',
        'Kostnad',
        'Lönsamhet 1 år',
        `Lönsamhet ${hz}`,
        'Återbet. (mån)',
      ],
      ORDER.map((p) => [
        PERSPECTIVE_LABEL_SV[p],
        kr(s.yearlyRevenue[p]),
        kr(s.revenuePerParticipant[p]),
        kr(s.cost[p]),
        kr(s.profitYear1[p]),
        kr(s.profitHorizon[p]),
        months(s.paybackMonths[p as Exclude<Perspective, 'individ'>]),
      ]),
    ),
  );
  out.push('');
  out.push(
    `Deltagarnas disponibla inkomst: ${kr(s.disposableIncome.change)} per år (${kr(s.disposableIncome.changePerParticipant)} per deltagare).`,
  );
  return out.join('\n');
}

export function knownCaseReport(r: KnownCaseResult): string {
  const persp = ORDER.concat('individ').filter((p) => r.yearlyRevenue[p] !== undefined);
  return [
    `${r.id ?? 'Känd intäkt'}: ${r.participants.toLocaleString('sv-SE')} deltagare`,
    '',
    textTable(
      [
        'Aktör',
        'Intäkt/år',
        'Per deltagare',
        'Kostnad',
        'Lönsamhet 1 år',
        'Lönsamhet 5 år',
        'Återbet. (mån)',
      ],
      persp.map((p) => [
        PERSPECTIVE_LABEL_SV[p],
        kr(r.yearlyRevenue[p]),
        kr(r.revenuePerParticipant[p]),
        kr(r.cost[p]),
        kr(r.profitYear1[p]),
        kr(r.profitYear5[p]),
        months(p === 'individ' ? undefined : r.paybackMonths[p]),
      ]),
    ),
  ].join('\n');
}

/** Monte Carlo bands per actor and the ten inputs that move the 5-year profitability most. */
export function uncertaintyReport(mc: MonteCarloResult, s: SensitivityResult): string {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const out: string[] = [];
  out.push(
    `Monte Carlo: ${mc.draws.toLocaleString('sv-SE')} dragningar, frö ${mc.seed}, ${mc.sampled.length} osäkra parametrar.`,
  );
  out.push('');
  out.push('Lönsamhet efter 5 år: kalkylen, 5 %, median och 95 %');
  out.push(
    textTable(
      ['Aktör', 'Kalkylen', '5 %', 'Median', '95 %', 'Lönsam 5 år'],
      PERSPECTIVES.map((p) => [
        PERSPECTIVE_LABEL_SV[p],
        kr(mc.deterministic.profitYear5[p]),
        kr(mc.profitYear5[p].p5),
        kr(mc.profitYear5[p].median),
        kr(mc.profitYear5[p].p95),
        pct(mc.probabilityProfitableYear5[p]),
      ]),
    ),
  );
  out.push('');
  out.push(
    `Återbetalningstid (mån): 5 %, median och 95 %; andel inom ${mc.paybackTargetMonths} mån`,
  );
  out.push(
    textTable(
      ['Aktör', 'Kalkylen', '5 %', 'Median', '95 %', 'Inom målet'],
      COST_PERSPECTIVES.map((p) => [
        PERSPECTIVE_LABEL_SV[p],
        months(mc.deterministic.paybackMonths[p]),
        months(mc.paybackMonths[p].p5),
        months(mc.paybackMonths[p].median),
        months(mc.paybackMonths[p].p95),
        pct(mc.probabilityWithinTarget[p]),
      ]),
    ),
  );
  out.push('');
  out.push('Känslighet: samhällets lönsamhet efter 5 år vid lägsta och högsta värde');
  out.push(
    textTable(
      ['Antagande', 'Lägsta', 'Högsta'],
      s.rows
        .slice(0, 10)
        .map((r) => [
          r.kind === 'parameter' ? paramLabel(r.id as ParamId, 'sv') : `Tänk om: ${r.id}`,
          kr(r.profitYear5.low),
          kr(r.profitYear5.high),
        ]),
    ),
  );
  return out.join('\n');
}
