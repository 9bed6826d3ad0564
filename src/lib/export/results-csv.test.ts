import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  appraiseKnownCase,
  parseKnownCase,
  evaluateScenario,
  exampleScenario,
  parseScenario,
  type EvaluationResult,
  type Scenario,
} from '../../engine';
import { csvNumber, csvText, resultsCsv, resultsCsvFilename, resultsCsvRows } from './results-csv';

function evaluate(mutate: (s: Scenario) => void = () => {}): EvaluationResult {
  const s = exampleScenario();
  mutate(s);
  const parsed = parseScenario(s);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return evaluateScenario(parsed.value);
}

/** Two cohorts (one named like a formula) and follow-ups, so every table is there. */
const result = evaluate((s) => {
  s.cohorts[0].groups[0].followUp6 = {
    income: [{ source: 'osubventioneratArbete', extent: 1 }],
    resources: [],
  };
  s.cohorts.push({
    ...structuredClone(s.cohorts[0]),
    id: 'c2',
    name: '=HYPERLINK("x")',
    cost: { mode: 'standard' },
  });
});

/** Parse the exported text back as a spreadsheet would. */
function readBack(csv: string, delimiter: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n' }).data;
}

/** The row after the one whose first cell is `title`, then rows until a blank one. */
function table(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const out: string[][] = [];
  for (let i = start + 1; i < rows.length && rows[i].some((c) => c !== ''); i++) out.push(rows[i]);
  return out;
}

const fromSv = (s: string) => Number(s.replace(',', '.'));

describe('results CSV', () => {
  it('round-trips Table 2–4 in Swedish: ";", decimal comma, whole kronor', () => {
    const rows = readBack(resultsCsv(result), ';');
    const actors = table(
      rows,
      'Tabell 2–4. Intäkt, kostnad, lönsamhet och återbetalningstid per aktör',
    );
    expect(actors[0]).toEqual([
      'Aktör',
      'Intäkt per år (kr)',
      'Intäkt per deltagare och år (kr)',
      'Kostnad (kr)',
      'Lönsamhet 1 år (kr)',
      'Lönsamhet 5 år (kr)',
      'Lönsamhet 1 år per deltagare (kr)',
      'Lönsamhet 5 år per deltagare (kr)',
      'Återbetalningstid (mån)',
    ]);
    const society = actors.find((r) => r[0] === 'Samhället')!;
    const t = result.total;
    expect(Number(society[1])).toBe(Math.round(t.yearlyRevenue.samhalle));
    expect(Number(society[3])).toBe(Math.round(t.cost.samhalle));
    expect(Number(society[5])).toBe(Math.round(t.profitHorizon.samhalle));
    expect(society[8]).toBe(
      t.paybackMonths.samhalle === 'neg' ? 'neg.' : String(Math.round(t.paybackMonths.samhalle)),
    );
    const af = actors.find((r) => r[0] === 'Arbetsförmedlingen')!;
    expect(Number(af[4])).toBe(Math.round(t.profitYear1.af));
    expect(af[8]).toBe('neg.');
    const individ = actors.find((r) => r[0] === 'Deltagarna')!;
    expect(individ[3]).toBe('');
    expect(rows.some((r) => r.some((c) => /\d \d{3}/.test(c)))).toBe(false);
  });

  it('writes Table 1, the disposable income, gender, cohorts and follow-ups', () => {
    const rows = readBack(resultsCsv(result), ';');
    const potential = table(rows, 'Tabell 1. Samhällsekonomisk potential (per år)');
    const p = result.total.potential;
    expect(Number(potential[1][1])).toBe(Math.round(p.before));
    expect(fromSv(potential[4][1])).toBeCloseTo(p.utilisedShare * 100, 1);
    expect(potential[4][1]).toMatch(/^\d+,\d$/);

    const income = table(rows, 'Deltagarnas disponibla inkomst (per år)');
    expect(Number(income[3][1])).toBe(Math.round(result.total.disposableIncome.change));

    const gender = table(rows, 'Tabell 6–9. Per kön');
    const women = gender.find((r) => r[0] === 'Kvinnor' && r[2] === 'Samhället')!;
    const w = result.byGender.find((g) => g.id === 'kvinna')!;
    expect(Number(women[1])).toBe(w.participants);
    expect(Number(women[4])).toBe(Math.round(w.revenuePerParticipant.samhalle));

    const cohorts = table(rows, 'Per kohort');
    expect(cohorts.slice(1).map((r) => r[0])).toContain('Deltagare 2017');
    // A cohort named like a formula is text, not a formula, in Excel.
    expect(cohorts.slice(1).map((r) => r[0])).toContain('\'=HYPERLINK("x")');

    const followUps = table(rows, 'Uppföljningar (samhället)');
    const m6 = followUps.find((r) => r[0] === 'Efter 6 månader')!;
    const f6 = result.followUps.find((f) => f.timePoint === 'm6')!;
    expect(Number(m6[1])).toBe(f6.participantsCovered);
    expect(Number(m6[2])).toBe(Math.round(f6.result.yearlyRevenue.samhalle));
  });

  it('writes English with "," and a decimal point', () => {
    const csv = resultsCsv(result, { lang: 'en' });
    const rows = readBack(csv, ',');
    const actors = table(rows, 'Tables 2–4. Revenue, cost, profitability and payback per actor');
    const society = actors.find((r) => r[0] === 'Society')!;
    expect(Number(society[1])).toBe(Math.round(result.total.yearlyRevenue.samhalle));
    const potential = table(rows, 'Table 1. Socio-economic potential (per year)');
    expect(potential[4][1]).toMatch(/^\d+\.\d$/);
    expect(csv).toContain('not reached');
  });

  it('leaves out the follow-up table when there is no follow-up', () => {
    const plain = resultsCsvRows(evaluate(), 'sv');
    expect(plain.some((r) => r[0] === 'Uppföljningar (samhället)')).toBe(false);
  });

  it('has a row of cells for every line and no BOM when asked', () => {
    const rows = resultsCsvRows(result, 'sv');
    const csv = resultsCsv(result, { bom: false });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 1);
  });

  it.each<[number, 'sv' | 'en', number, string]>([
    [1234567.89, 'sv', 0, '1234568'],
    [-1234.5, 'sv', 0, '-1234'],
    [-0.2, 'sv', 0, '0'],
    [45.26, 'sv', 1, '45,3'],
    [45.26, 'en', 1, '45.3'],
    [NaN, 'sv', 0, ''],
  ])('formats %d in %s with %d decimals as %j', (x, lang, d, s) => {
    expect(csvNumber(x, lang, d)).toBe(s);
  });

  it('keeps user text from starting a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('Deltagare 2017')).toBe('Deltagare 2017');
  });

  it('adds the known figures and says which calculation the key figures show', () => {
    const c = parseKnownCase({
      participants: 63,
      budget: 1_968_750,
      yearlyRevenue: { samhalle: 2_279_000, fk: 140_000 },
    });
    if (!c.ok) throw new Error('invalid case');
    const known = appraiseKnownCase(c.value);
    const rows = readBack(resultsCsv(result, { known, knownCostGiven: 'budget' }), ';');
    expect(rows.find((r) => r[0] === 'Nyckeltalen visar')?.[1]).toBe('Beräknat från deltagarna');
    const k = table(
      rows,
      'Kända siffror: intäkt, kostnad, lönsamhet och återbetalningstid per aktör',
    );
    expect(k.find((r) => r[0] === 'Kostnaden angiven som')?.[1]).toBe(
      'Budget exklusive indirekta skatter',
    );
    // 1 968 750 × 1.2435 = 2 448 140.6 for society; payback ceil(12 × 2 448 141 / 2 279 000) = 13.
    const society = k.find((r) => r[0] === 'Samhället')!;
    expect(society[3]).toBe('2448141');
    expect(society[6]).toBe('13');
    // Försäkringskassan: 25 % = 492 187.5; ceil(12 × 492 187.5 / 140 000) = ceil(42.19) = 43.
    expect(k.find((r) => r[0] === 'Försäkringskassan')?.[6]).toBe('43');
    expect(k.find((r) => r[0] === 'Kommun')).toBeUndefined();
    // Without known figures, nothing of them.
    expect(resultsCsvRows(result, 'sv').some((r) => r[0] === 'Nyckeltalen visar')).toBe(false);
  });

  it('names the file after the scenario', () => {
    expect(resultsCsvFilename('Exempel (fiktivt): unga vuxna')).toBe(
      'nyttokalkyl-tabeller-exempel-fiktivt-unga-vuxna.csv',
    );
    expect(resultsCsvFilename('', 'en')).toBe('nyttokalkyl-tables.csv');
  });
});
