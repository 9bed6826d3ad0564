/** What a file opened with "Öppna scenario …" is: a scenario, CSV for the import, or neither. */
import { describe, expect, it } from 'vitest';
import { exampleScenario } from '../engine';
import { looksLikeCsv, readScenarioFile } from './scenario-file';
import { takeSourceText } from './validated-scenario';

const scenario = JSON.stringify(exampleScenario());

describe('readScenarioFile', () => {
  it.each([
    ['deltagare.csv', 'text/csv', 'antal;kön;före;efter\n1;kvinna;ingen;arbete'],
    ['deltagare.txt', '', 'antal;kön;före;efter\r\n1;kvinna;ingen;arbete'],
    // The name says JSON; the first line says CSV (Swedish Excel, comma, tab).
    ['deltagare.json', 'application/json', '\ufeffKön;Försörjning före;Försörjning efter\n'],
    ['x.json', '', 'count,gender,before,after\n2,man,none,work'],
    ['x', '', 'antal\tkön\tföre\tefter\n'],
    ['export.tsv', 'text/tab-separated-values', 'a'],
  ])('%s (%s) is CSV', async (name, type, text) => {
    expect(await readScenarioFile(name, type, text)).toEqual({ kind: 'csv' });
  });

  it.each([
    ['deltagare.xlsx', 'PK\u0003\u0004\u0014\u0000xl/workbook.xml'],
    // A workbook renamed: the zip archive it is gives it away.
    ['deltagare.json', 'PK\u0003\u0004\u0014\u0000'],
    ['gammal.xls', '\u00d0\u00cf\u0011\u00e0'],
  ])('%s is an Excel file, for the import', async (name, text) => {
    expect(await readScenarioFile(name, '', text)).toEqual({ kind: 'xlsx' });
  });

  it('a scenario file is read and validated', async () => {
    const r = await readScenarioFile('kalkyl.json', 'application/json', scenario);
    expect(r.kind === 'scenario' && r.scenario.title).toBe(exampleScenario().title);
    expect((await readScenarioFile('kalkyl.json', '', `\ufeff${scenario}`)).kind).toBe('scenario');
  });

  it('a scenario read from a file keeps its text (without the BOM) for the worker, once', async () => {
    const r = await readScenarioFile('kalkyl.json', '', `\ufeff${scenario}`);
    if (r.kind !== 'scenario') throw new Error('expected a scenario');
    expect(takeSourceText(r.scenario)).toBe(scenario);
    expect(takeSourceText(r.scenario)).toBeUndefined();
  });

  it('JSON that is no valid scenario gives its problems', async () => {
    const r = await readScenarioFile(
      'x.json',
      '',
      JSON.stringify({ ...exampleScenario(), title: '' }),
    );
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.issues.map((i) => i.path)).toContain('title');
  });

  it('text that is neither JSON nor CSV is "not JSON", with no parser message to show', async () => {
    expect(await readScenarioFile('x.json', '', '{"format": nyttokalkyl')).toEqual({
      kind: 'notJson',
    });
    expect(await readScenarioFile('anteckning.txt', '', 'Bara text')).toEqual({ kind: 'notJson' });
  });

  it('JSON with commas on its first line is not taken for CSV', () => {
    expect(looksLikeCsv('x.json', '', '{"a": 1, "b": 2}')).toBe(false);
    expect(looksLikeCsv('x.json', '', '  [1, 2, 3]')).toBe(false);
  });
});
