/** The command line: a scenario or a known-revenue case in, JSON or a Swedish table out. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nyttokalkyl-cli-'));

function calc(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/calc.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run calc', () => {
  it('evaluates the example scenario as JSON and as a table', () => {
    const example = calc('--example');
    expect(example.code).toBe(0);
    const file = join(dir, 'example.json');
    writeFileSync(file, example.out);
    const json = calc(file);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out);
    expect(result.total.participants).toBe(63);
    expect(typeof result.total.paybackMonths.samhalle).toBe('number');
    const table = calc(file, '--table');
    expect(table.code).toBe(0);
    expect(table.out).toContain('Tillgänglig potential i Före-läge');
    expect(table.out).toContain('Arbetsförmedlingen');
    expect(table.out).toMatch(/neg\./);
  }, 30_000);

  it('runs the uncertainty analyses with the scenario’s seed: the same twice, as JSON and a table', () => {
    const file = join(dir, 'mc.json');
    const scenario = JSON.parse(calc('--example').out);
    scenario.uncertainty = { seed: 5, draws: 500 };
    writeFileSync(file, JSON.stringify(scenario));
    const a = calc(file, '--uncertainty');
    expect(a.code).toBe(0);
    const r = JSON.parse(a.out);
    expect(r.monteCarlo.draws).toBe(500);
    expect(r.monteCarlo.seed).toBe(5);
    expect(r.monteCarlo.profitYear5.samhalle.p5).toBeLessThan(
      r.monteCarlo.profitYear5.samhalle.p95,
    );
    expect(r.sensitivity.rows.length).toBeGreaterThan(10);
    expect(calc(file, '--uncertainty').out).toBe(a.out);
    const table = calc(file, '--uncertainty', '--table');
    expect(table.out).toContain('500 dragningar, frö 5');
    expect(table.out).toContain('Känslighet');
  }, 30_000);

  it('appraises a published case and prints its payback', () => {
    const cases = JSON.parse(
      readFileSync(join(root, 'tests/fixtures/published-cases.json'), 'utf8'),
    );
    const { expected: _expected, ...balder } = cases.cases[0];
    const file = join(dir, 'balder.json');
    writeFileSync(file, JSON.stringify(balder));
    const r = calc(file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).paybackMonths).toMatchObject({
      samhalle: 13,
      kommun: 6,
      fk: 43,
      af: 'neg',
    });
  }, 30_000);

  it('rejects a bad file with the validation messages and a non-zero exit', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'nyttokalkyl-scenario', version: 1, title: '' }));
    const r = calc(file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('title: Får inte vara tom.');
    expect(r.err).toContain('cohorts: Saknas');
    const en = calc(file, '--lang', 'en');
    expect(en.err).toContain('title: Must not be empty.');
    writeFileSync(file, '{ not json');
    expect(calc(file).code).toBe(1);
    expect(calc(join(dir, 'missing.json')).code).toBe(2);
  }, 30_000);
});
