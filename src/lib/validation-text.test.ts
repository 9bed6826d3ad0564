import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  parseKnownCase,
  parseScenario,
  SCENARIO_VERSION,
  type ValidationIssue,
} from '../engine';
import { issueLine, issueText, issuesText } from './validation-text';

const clone = () => JSON.parse(JSON.stringify(exampleScenario())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(r: { ok: true } | { ok: false; issues: ValidationIssue[] }) {
  if (r.ok) throw new Error('expected the document to be rejected');
  return r.issues;
}

/** The engine's problems by code, and the words they had before they were codes. */
const CASES: [string, ValidationIssue, string, string][] = [
  [
    'a document that is not an object',
    { path: '', code: 'notAnObject', params: {} },
    'Dokumentet är inte ett JSON-objekt.',
    'The document is not a JSON object.',
  ],
  [
    'a foreign document',
    { path: 'format', code: 'notAScenario', params: { format: 'nyttokalkyl-scenario' } },
    'Inte ett Nyttokalkyl-scenario (format ska vara "nyttokalkyl-scenario").',
    'Not a Nyttokalkyl scenario (format must be "nyttokalkyl-scenario").',
  ],
  [
    'a newer file',
    { path: 'version', code: 'newerVersion', params: { version: 99, supported: 4 } },
    'Filen har formatversion 99, nyare än den här versionen av Nyttokalkyl (4). Uppdatera appen.',
    'The file has format version 99, newer than this version of Nyttokalkyl (4). Update the app.',
  ],
  [
    'extents over 100 %',
    { path: 'x.income', code: 'extentsSum', params: { percent: 120 } },
    'Omfattningarna summerar till 120 %; högst 100 % är möjligt.',
    'Extents sum to 120 %; at most 100 % is possible.',
  ],
  [
    'a known case without a cost',
    { path: 'budget', code: 'knownCaseCost', params: {} },
    'Ange insatskostnaden: budget (exkl. indirekta skatter) eller samhällets kostnad.',
    'Give the cost: budget (excl. indirect taxes) or the societal cost.',
  ],
  [
    'a known case without revenue',
    { path: 'yearlyRevenue', code: 'knownCaseRevenue', params: {} },
    'Ange den årliga intäkten för minst en aktör.',
    'Give the yearly revenue for at least one actor.',
  ],
  [
    'a persistence that is neither',
    { path: 'appraisal.persistence', code: 'notPersistence', params: { received: '"hög"' } },
    'Ska vara en andel 0–1 eller en andel per utfallstyp (work, studies, other), fick "hög".',
    'Must be a share 0–1 or a share per outcome type (work, studies, other), got "hög".',
  ],
  [
    'a share over its maximum',
    { path: 'p', code: 'percentMax', params: { max: 0.2 } },
    'Får inte vara större än 20 % (0.2).',
    'Must not be greater than 20% (0.2).',
  ],
  [
    'a share below its minimum',
    { path: 'p', code: 'percentMin', params: { min: 0.035 } },
    'Får inte vara mindre än 3.5 % (0.035).',
    'Must not be less than 3.5% (0.035).',
  ],
  [
    'a missing number',
    { path: 'p', code: 'missing', params: { type: 'number' } },
    'Saknas: ska vara ett tal.',
    'Missing: must be a number.',
  ],
  [
    'a value of the wrong type',
    { path: 'p', code: 'wrongType', params: { type: 'array', received: '"x"' } },
    'Ska vara en lista, fick "x".',
    'Must be a list, got "x".',
  ],
  [
    'too many participants',
    { path: 'cohorts', code: 'tooManyParticipants', params: { total: 200001, max: 200000 } },
    'För många deltagare totalt (200001); högst 200000.',
    'Too many participants in total (200001); at most 200000.',
  ],
  [
    'financing not 100 %',
    { path: 'financing', code: 'financingSum', params: { percent: 125 } },
    'Finansieringsandelarna summerar till 125 %; de måste bli 100 %.',
    'Financing shares sum to 125 %; they must make 100 %.',
  ],
  [
    'an unknown resource',
    { path: 'r', code: 'unknownResource', params: { item: 'x' } },
    'Okänd resurs "x": lägg till den som egen resurspost först.',
    'Unknown resource "x": add it as a custom resource item first.',
  ],
];

describe('issueText', () => {
  it.each(CASES)('words %s as before, in Swedish and English', (_name, issue, sv, en) => {
    expect(issueText(issue, 'sv')).toBe(sv);
    expect(issueText(issue, 'en')).toBe(en);
  });

  it('words what the engine finds in real documents', () => {
    const newer = issuesOf(parseScenario({ ...clone(), version: 99 }));
    expect(issueText(newer[0], 'sv')).toMatch(/nyare/);
    expect(issueText(newer[0], 'en')).toMatch(/newer/);
    expect(issueText(newer[0], 'en')).toContain(`(${SCENARIO_VERSION})`);

    const doc = clone();
    doc.cohorts[0].groups[0].after.income = [
      { source: 'osubventioneratArbete', extent: 0.7 },
      { source: 'sjukpenning', extent: 0.5 },
    ];
    const [extents] = issuesOf(parseScenario(doc));
    expect(issueText(extents, 'sv')).toContain('120 %');
    expect(issueText(extents, 'en')).toContain('120 %');

    const known = issuesOf(parseKnownCase({ participants: 5, yearlyRevenue: {} }));
    expect(issueText(known[0], 'sv')).toMatch(/kostnad/i);
    expect(issueText(known[0], 'en')).toMatch(/cost/i);

    const persistence = clone();
    persistence.appraisal = { persistence: 'hög' };
    const [wrong] = issuesOf(parseScenario(persistence));
    expect(issueText(wrong, 'sv')).toMatch(/andel per utfallstyp/);

    const empty = clone();
    empty.title = '';
    empty.horizonYears = 0;
    const texts = issuesOf(parseScenario(empty)).map((i) => issueLine(i, 'sv'));
    expect(texts).toContain('title: Får inte vara tom.');
    expect(issuesOf(parseScenario(empty)).map((i) => issueLine(i, 'en'))).toContain(
      'horizonYears: Must not be less than 1.',
    );
  });

  it('reads a problem a door worded itself as it is', () => {
    const worded = { path: 'name', sv: 'Namnet saknas.', en: 'The name is missing.' };
    expect(issueText(worded, 'en')).toBe('The name is missing.');
    expect(issueLine(worded, 'sv')).toBe('name: Namnet saknas.');
    expect(issuesText([worded, CASES[0][1]], 'sv')).toBe(
      'Namnet saknas. Dokumentet är inte ett JSON-objekt.',
    );
  });
});
