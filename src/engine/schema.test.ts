import { describe, expect, it } from 'vitest';
import { exampleScenario } from './example';
import {
  looksLikeKnownCase,
  parseKnownCase,
  parseScenario,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type ScenarioInput,
} from './schema';
import { sotTargetPercents } from './scenario-schema';

const clone = () => JSON.parse(JSON.stringify(exampleScenario())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(doc: unknown) {
  const r = parseScenario(doc);
  if (r.ok) throw new Error('expected the document to be rejected');
  return r.issues;
}

describe('parseScenario', () => {
  it('accepts the example and fills defaults of a minimal document', () => {
    expect(parseScenario(clone()).ok).toBe(true);
    const minimal = clone();
    delete minimal.whatIf;
    delete minimal.financing;
    delete minimal.horizonYears;
    const r = parseScenario(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.horizonYears).toBe(5);
    expect(r.value.financing.kommun).toBe(0.25);
    expect(r.value.whatIf.studiesToWorkShare).toBe(0);
  });

  it.each([
    ['not an object', 42, '', 'notAnObject', {}],
    [
      'a foreign document',
      { hello: 'world' },
      'format',
      'notAScenario',
      { format: SCENARIO_FORMAT },
    ],
    ['an invalid version', { ...clone(), version: 0 }, 'version', 'invalidVersion', {}],
  ])('rejects %s with a code naming the problem', (_name, doc, path, code, params) => {
    expect(issuesOf(doc)).toEqual([{ path, code, params }]);
  });

  it('says a newer file needs a newer app, and which version it has', () => {
    expect(issuesOf({ ...clone(), version: 99 })).toEqual([
      {
        path: 'version',
        code: 'newerVersion',
        params: { version: 99, supported: SCENARIO_VERSION },
      },
    ]);
  });

  it('reports every problem with its path', () => {
    const doc = clone();
    doc.cohorts[0].groups[0].count = -3;
    doc.cohorts[0].groups[1].count = 2.5;
    doc.cohorts[0].groups[2].after.income[0].extent = Number.NaN;
    doc.cohorts[0].groups[3].before.income[0].source = 'lotteri';
    doc.cohorts[0].groups[4].gender = 'x';
    doc.cohorts[0].cost = { mode: 'total', budget: 1e20 };
    doc.title = '';
    const paths = issuesOf(doc).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'cohorts[0].cost.budget',
        'cohorts[0].groups[0].count',
        'cohorts[0].groups[1].count',
        'cohorts[0].groups[2].after.income[0].extent',
        'cohorts[0].groups[3].before.income[0].source',
        'cohorts[0].groups[4].gender',
      ]),
    );
    expect(paths).toHaveLength(7);
  });

  it('rejects extents summing over 1', () => {
    const doc = clone();
    doc.cohorts[0].groups[0].after.income = [
      { source: 'osubventioneratArbete', extent: 0.7 },
      { source: 'sjukpenning', extent: 0.5 },
    ];
    expect(issuesOf(doc)).toEqual([
      { path: 'cohorts[0].groups[0].after.income', code: 'extentsSum', params: { percent: 120 } },
    ]);
  });

  it('rejects financing shares that do not make 100 %', () => {
    const doc = clone();
    doc.financing = { kommun: 0.5, region: 0.25, af: 0.25, fk: 0.25 };
    expect(issuesOf(doc).map((i) => i.path)).toEqual(['financing']);
  });

  it('rejects resource items nobody defined, and accepts custom ones', () => {
    const doc = clone();
    doc.cohorts[0].groups[0].before.resources = [{ item: 'tandvard', quantity: 2 }];
    expect(issuesOf(doc)[0].path).toBe('cohorts[0].groups[0].before.resources[0].item');
    doc.customResources = [{ id: 'tandvard', name: 'Tandvård', unitCost: 900, bearer: 'region' }];
    expect(parseScenario(doc).ok).toBe(true);
  });

  it('rejects a subsidy share on unsubsidised work', () => {
    const doc = clone();
    doc.cohorts[0].groups[0].after.income = [
      { source: 'osubventioneratArbete', extent: 1, subsidyShare: 0.5 },
    ];
    expect(issuesOf(doc)[0].path).toBe('cohorts[0].groups[0].after.income[0].subsidyShare');
  });

  it('reports the field of a known cost mode, not the whole variant', () => {
    const doc = clone();
    doc.cohorts[0].cost = { mode: 'perParticipant', perParticipant: 'many' };
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path)).toEqual(['cohorts[0].cost.perParticipant']);
  });

  it('does not let prototype-pollution keys through', () => {
    const doc = JSON.parse(
      JSON.stringify(clone()).replace(
        '"title":',
        '"__proto__": {"polluted": true}, "constructor": {"x": 1}, "title":',
      ),
    );
    const r = parseScenario(doc);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(Object.keys(r.value)).not.toContain('__proto__');
  });

  it('types a handwritten input document', () => {
    const input: ScenarioInput = { ...exampleScenario(), whatIf: {} };
    expect(parseScenario(input).ok).toBe(true);
  });
});

describe('the Analyser settings in a scenario', () => {
  it('default to the calculation’s own cost, 10 persons, 3 years, no targets and nothing in the report', () => {
    const doc = JSON.parse(JSON.stringify(exampleScenario()));
    delete doc.analyses;
    const parsed = parseScenario(doc);
    if (!parsed.ok) throw new Error('expected a valid scenario');
    expect(parsed.value.analyses).toMatchObject({
      breakEvenCost: null,
      breakEvenPersons: 10,
      depreciationYears: 3,
      paybackTarget: null,
      undrawnFunds: 0,
    });
    // No other association's målbild by default.
    const none = { work: null, studies: null, other: null };
    expect(parsed.value.analyses.targets).toEqual({ exit: none, m6: none, m24: none });
    expect(Object.values(parsed.value.analyses.inReport)).toEqual(Array(8).fill(false));
  });

  it('keep a document written before the report choice valid, printing none of its analyses', () => {
    // The settings as the app stored them before "include in the report" existed.
    const doc = JSON.parse(JSON.stringify(exampleScenario()));
    doc.analyses = {
      breakEvenCost: 57_000_000,
      breakEvenStep: 'unemployedToFullTimeWork',
      breakEvenPersons: 10,
      depreciationYears: 2,
      targets: { exit: { work: 25, studies: 20, other: 55 } },
      paybackTarget: 34,
      undrawnFunds: 4_570_000,
    };
    const parsed = parseScenario(doc);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.analyses.breakEvenCost).toBe(57_000_000);
    expect(parsed.value.analyses.targets.exit).toEqual({ work: 25, studies: 20, other: 55 });
    expect(parsed.value.analyses.inReport.breakEven).toBe(false);
    // A choice is kept, and must be true or false.
    doc.analyses.inReport = { breakEven: true, targets: 'yes' };
    const again = parseScenario(doc);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.issues.map((i) => i.path)).toEqual(['analyses.inReport.targets']);
    doc.analyses.inReport = { breakEven: true };
    const chosen = parseScenario(doc);
    if (!chosen.ok) throw new Error(JSON.stringify(chosen.issues));
    expect(chosen.value.analyses.inReport).toMatchObject({ breakEven: true, targets: false });
  });

  it('refuse a target over 100 % and an unknown break-even step, by path', () => {
    const doc = JSON.parse(JSON.stringify(exampleScenario()));
    doc.analyses = { targets: { exit: { work: 120 } }, breakEvenStep: 'flyToTheMoon' };
    const parsed = parseScenario(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues.map((i) => i.path).sort()).toEqual([
        'analyses.breakEvenStep',
        'analyses.targets.exit.work',
      ]);
  });
});

describe('format version 3: costs including indirect taxes and known figures', () => {
  it('reads a version 2 document as it meant: costs excluding indirect taxes, no known figures', () => {
    const doc = { ...clone(), version: 2 };
    const r = parseScenario(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.version).toBe(3);
    expect(r.value.cohorts[0].cost).toEqual({
      mode: 'annualShare',
      annualBudget: 4_750_000,
      annualParticipants: 152,
    });
    expect(r.value.knownFigures).toBeUndefined();
  });

  it('keeps the choice and the known figures, filling their defaults', () => {
    const doc = clone();
    doc.cohorts[0].cost = { mode: 'total', budget: 9_100_000, includesIndirectTaxes: true };
    doc.knownFigures = {
      participants: 63,
      cost: 2_448_000,
      yearlyRevenue: { samhalle: 2_279_000 },
    };
    const r = parseScenario(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.cohorts[0].cost).toEqual({
      mode: 'total',
      budget: 9_100_000,
      includesIndirectTaxes: true,
    });
    expect(r.value.knownFigures).toEqual({
      participants: 63,
      costGiven: 'budget',
      cost: 2_448_000,
      yearlyRevenue: { samhalle: 2_279_000 },
      inKeyFigures: false,
    });
  });

  it('refuses what the known figures cannot hold, by path', () => {
    const doc = clone();
    doc.cohorts[0].cost.includesIndirectTaxes = 'ja';
    doc.knownFigures = {
      participants: -1,
      costGiven: 'kostnad',
      yearlyRevenue: { kommun: Number.NaN, mars: 5 },
    };
    const paths = issuesOf(doc).map((i) => i.path);
    expect(paths.sort()).toEqual([
      'cohorts[0].cost.includesIndirectTaxes',
      'knownFigures.costGiven',
      'knownFigures.participants',
      'knownFigures.yearlyRevenue.kommun',
    ]);
  });
});

describe('the version a document claims', () => {
  it.each([[1.5], ['3'], [null], [-1]])('refuses %j as a version', (version) => {
    expect(issuesOf({ ...clone(), version })).toEqual([
      { path: 'version', code: 'invalidVersion', params: {} },
    ]);
  });
});

describe('parseKnownCase', () => {
  it('names the fields the schema refuses', () => {
    const r = parseKnownCase({ participants: -1, budget: 1, yearlyRevenue: { samhalle: 1 } });
    expect(r).toEqual({
      ok: false,
      issues: [{ path: 'participants', code: 'tooSmall', params: { min: 0 } }],
    });
  });

  it('wants a revenue, even when the perspective is named without one', () => {
    const r = parseKnownCase({
      participants: 5,
      budget: 1,
      yearlyRevenue: { samhalle: undefined },
    });
    expect(r).toEqual({
      ok: false,
      issues: [{ path: 'yearlyRevenue', code: 'knownCaseRevenue', params: {} }],
    });
  });

  it('checks the financing shares: 0.5 + 0.2 + 0.1 + 0.1 + 0 = 90 %', () => {
    const r = parseKnownCase({
      participants: 5,
      budget: 1,
      yearlyRevenue: { samhalle: 1 },
      financing: { kommun: 0.5, region: 0.2, af: 0.1, fk: 0.1, ovrigStat: 0 },
    });
    expect(r).toEqual({
      ok: false,
      issues: [{ path: 'financing', code: 'financingSum', params: { percent: 90 } }],
    });
  });
});

describe('looksLikeKnownCase', () => {
  it('holds of an object with yearly revenues and no format', () => {
    expect(looksLikeKnownCase({ yearlyRevenue: {} })).toBe(true);
    expect(looksLikeKnownCase({ format: SCENARIO_FORMAT, yearlyRevenue: {} })).toBe(false);
    expect(looksLikeKnownCase({ participants: 5 })).toBe(false);
    expect(looksLikeKnownCase(clone())).toBe(false);
    expect(looksLikeKnownCase(null)).toBe(false);
    expect(looksLikeKnownCase([{ yearlyRevenue: {} }])).toBe(false);
  });
});

describe('sotTargetPercents', () => {
  it('gives the SOT Västerås targets in whole per cent: 25/20/55, 35/25/40, 70/15/15, 34 months', () => {
    expect(sotTargetPercents()).toEqual({
      targets: {
        exit: { work: 25, studies: 20, other: 55 },
        m6: { work: 35, studies: 25, other: 40 },
        m24: { work: 70, studies: 15, other: 15 },
      },
      paybackTarget: 34,
    });
  });
});
