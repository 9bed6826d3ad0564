/**
 * Snapshots on fake-indexeddb: save, list, rename, duplicate, delete with
 * undo and purge; search and sort; the parameter check against today's
 * defaults; export → import round trip; and every kind of bad import file
 * refused with its message while the stored snapshots stay exactly as they were.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultParameterSet,
  defaultParamValues,
  NO_WHAT_IF,
  PARAMETER_DEFS,
  SCENARIO_FORMAT,
  type Scenario,
} from '../../engine';
import { setDb, type NyttokalkylDb, type SnapshotRow } from './db';
import {
  checkExportVersion,
  clock,
  duplicateSnapshot,
  editSnapshot,
  EXPORT_FORMAT,
  exportAll,
  exportOne,
  figuresDiffer,
  importFile,
  listSnapshots,
  MAX_IMPORT_BYTES,
  migrateExport,
  paramDifferences,
  parseImport,
  planImport,
  purge,
  renameSnapshot,
  saveSnapshot,
  searchSnapshots,
  softDelete,
  undoDelete,
  withTodaysDefaults,
} from './snapshots';
import { utf8Length } from './versions-file';
import { freshDb, scenarioAndFigures } from './test-db';

let db: NyttokalkylDb;
let t = Date.parse('2025-03-01T10:00:00Z');
const realNow = clock.now;

beforeEach(() => {
  db = freshDb();
  t = Date.parse('2025-03-01T10:00:00Z');
  clock.now = () => (t += 1000);
});
afterEach(() => {
  clock.now = realNow;
  setDb(null);
});

async function save(name: string, mutate?: (s: Scenario) => void, notes = '') {
  const { scenario, figures } = scenarioAndFigures(mutate);
  const r = await saveSnapshot({ name, notes, scenario, figures });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.id;
}

/** Everything stored, deleted rows included: what "unchanged" is checked against. */
const allRows = () => db.snapshots.orderBy('id').toArray();

describe('save, list, edit', () => {
  it('saves a snapshot with its scenario, notes and figures and lists it', async () => {
    const id = await save('Basfall', undefined, 'Som rapporten');
    const rows = await listSnapshots();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ id, name: 'Basfall', notes: 'Som rapporten', deletedAt: 0 });
    expect(row.createdAt).toBe(row.updatedAt);
    expect(row.scenario.format).toBe(SCENARIO_FORMAT);
    // The full parameter values of the cohort's rule year travel with it (2017 for the example).
    expect(row.scenario.parameterSets.map((p) => p.year)).toEqual([2017]);
    expect(Object.keys(row.scenario.parameterSets[0].values)).toEqual(Object.keys(PARAMETER_DEFS));
    expect(row.figures?.yearlyRevenue.samhalle).toBeGreaterThan(0);
    expect(row.figures?.paybackMonths).toHaveProperty('samhalle');
  });

  it('refuses an empty name and an invalid scenario, storing nothing', async () => {
    const { scenario, figures } = scenarioAndFigures();
    const noName = await saveSnapshot({ name: '   ', scenario, figures });
    expect(noName).toMatchObject({ ok: false, issues: [{ path: 'name' }] });
    const bad = await saveSnapshot({
      name: 'X',
      scenario: { ...scenario, horizonYears: -1 },
      figures,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0].path).toBe('scenario.horizonYears');
    expect(await allRows()).toEqual([]);
  });

  it('renames and edits notes, moving updatedAt but not createdAt', async () => {
    const id = await save('Gammalt namn');
    const before = (await db.snapshots.get(id))!;
    expect(await renameSnapshot(id, '  Nytt namn ')).toEqual({ ok: true });
    expect(await editSnapshot(id, { notes: 'Med anteckning' })).toEqual({ ok: true });
    const after = (await db.snapshots.get(id))!;
    expect(after.name).toBe('Nytt namn');
    expect(after.notes).toBe('Med anteckning');
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
    expect(await renameSnapshot(id, '')).toMatchObject({ ok: false });
    expect(await renameSnapshot(999, 'X')).toMatchObject({ ok: false });
  });

  it('duplicates a snapshot as a new row with the same scenario and figures', async () => {
    const id = await save('Original');
    const r = await duplicateSnapshot(id);
    expect(r.ok).toBe(true);
    const rows = await listSnapshots();
    expect(rows.map((x) => x.name).sort()).toEqual(['Original', 'Original (kopia)']);
    const [a, b] = rows;
    expect(b.scenario).toEqual(a.scenario);
    expect(b.figures).toEqual(a.figures);
    expect(b.id).not.toBe(a.id);
    const named = await duplicateSnapshot(id, 'Original (copy)');
    expect(named.ok && (await db.snapshots.get(named.id))?.name).toBe('Original (copy)');
  });
});

describe('delete with undo', () => {
  it('hides a deleted snapshot, brings it back on undo, and purges it for good', async () => {
    const keep = await save('Behåll');
    const gone = await save('Ta bort');
    await softDelete(gone);
    expect((await listSnapshots()).map((r) => r.id)).toEqual([keep]);
    await undoDelete(gone);
    expect((await listSnapshots()).map((r) => r.id).sort()).toEqual([keep, gone]);

    await softDelete(gone);
    expect(await purge(keep)).toBe(0); // a live snapshot is never purged
    expect(await purge(gone)).toBe(1);
    expect(await undoDelete(gone)).toMatchObject({ ok: false });
    expect((await allRows()).map((r) => r.id)).toEqual([keep]);
  });

  it('purges only deletions older than the undo window', async () => {
    const old = await save('Gammal');
    const recent = await save('Ny');
    await softDelete(old);
    t += 20 * 60 * 1000;
    await softDelete(recent);
    expect(await purge()).toBe(1);
    const left = await allRows();
    expect(left.map((r) => r.id)).toEqual([recent]);
    expect(left[0].deletedAt).toBeGreaterThan(0);
  });
});

describe('search and sort', () => {
  const row = (
    id: number,
    name: string,
    notes: string,
    updatedAt: number,
    payback?: number | 'neg',
  ) =>
    ({
      id,
      name,
      notes,
      updatedAt,
      createdAt: 0,
      deletedAt: 0,
      figures: payback === undefined ? null : { paybackMonths: { samhalle: payback } },
    }) as unknown as SnapshotRow;
  const rows = [
    row(1, 'Örebro 2024', 'första', 30, 'neg'),
    row(2, 'Arvika', 'med lönebidrag', 10, 14),
    row(3, 'balder', 'Lönebidrag borttaget', 20, 6),
    row(4, 'Ängelholm', '', 40),
  ];
  const ids = (q: string, s: 'date' | 'name' | 'payback') =>
    searchSnapshots(rows, q, s).map((r) => r.id);

  it('sorts by date (newest first), Swedish name order and payback (not reached last)', () => {
    expect(ids('', 'date')).toEqual([4, 1, 3, 2]);
    expect(ids('', 'name')).toEqual([2, 3, 4, 1]); // a, b, ä, ö
    expect(ids('', 'payback')).toEqual([3, 2, 1, 4]);
  });

  it('finds by name or notes, case-insensitively', () => {
    expect(ids('LÖNEBIDRAG', 'name')).toEqual([2, 3]);
    expect(ids('örebro', 'date')).toEqual([1]);
    expect(ids('  ', 'date')).toHaveLength(4);
    expect(ids('saknas', 'date')).toEqual([]);
  });
});

describe('figures', () => {
  it('differ beyond rounding, or in any payback month', () => {
    const { figures } = scenarioAndFigures();
    const copy = () => structuredClone(figures);
    expect(figuresDiffer(figures, copy())).toBe(false);
    const rounding = copy();
    rounding.yearlyRevenue.kommun += 0.4;
    expect(figuresDiffer(figures, rounding)).toBe(false);
    const more = copy();
    more.profitYear5.af += 1;
    expect(figuresDiffer(figures, more)).toBe(true);
    const payback = copy();
    payback.paybackMonths.region = 'neg';
    expect(figuresDiffer(figures, payback)).toBe(true);
    const nan = copy();
    nan.cost.samhalle = Number.NaN;
    expect(figuresDiffer(figures, nan)).toBe(true);
  });
});

describe('parameters against today’s defaults', () => {
  it('lists the values that differ and can replace them with today’s', () => {
    const { scenario } = scenarioAndFigures((s) => {
      s.parameterSets = [
        {
          ...defaultParameterSet(2017),
          values: { ...defaultParamValues(2017), referenceMonthlyWage: 24_000 },
        },
      ];
    });
    const diffs = paramDifferences(scenario);
    expect(diffs).toEqual([
      {
        id: 'referenceMonthlyWage',
        year: 2017,
        saved: 24_000,
        // The reports' entry wage, the same default in every year.
        today: 25_000,
      },
    ]);
    const fresh = withTodaysDefaults(scenario);
    expect(paramDifferences(fresh)).toEqual([]);
    expect(fresh.title).toBe(scenario.title);
    expect(scenario.parameterSets[0].values.referenceMonthlyWage).toBe(24_000); // not mutated
    expect(paramDifferences(scenarioAndFigures().scenario)).toEqual([]);
  });
});

describe('export and import', () => {
  it('round-trips every snapshot through a file', async () => {
    await save('Ett', undefined, 'a');
    await save('Två', (s) => {
      s.horizonYears = 3;
      s.whatIf = { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 0.5 };
    });
    const deleted = await save('Borttagen');
    await softDelete(deleted);
    const text = (await exportAll()).join('');
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, version: 2, portfolios: [] });
    expect(doc.snapshots.map((s: { name: string }) => s.name)).toEqual(['Ett', 'Två']);
    expect(doc.snapshots[0].createdAt).toMatch(/^2025-03-01T10:00:\d\d\.000Z$/);

    const before = await listSnapshots();
    freshDb();
    expect(await importFile(text)).toEqual({ ok: true, count: 2, replaced: 0, skipped: 0 });
    const after = await listSnapshots();
    const strip = (r: SnapshotRow) => ({ ...r, id: 0 });
    expect(after.map(strip)).toEqual(before.map(strip));
    expect(after[1].scenario.whatIf.subsidisedToUnsubsidisedShare).toBe(0.5);
  });

  it('exports one snapshot', async () => {
    const id = await save('Ensam');
    await save('Annan');
    const doc = JSON.parse((await exportOne(id))!.join(''));
    expect(doc.snapshots.map((s: { name: string }) => s.name)).toEqual(['Ensam']);
    expect(await exportOne(12345)).toBeUndefined();
  });

  it('accepts a plain scenario file as one snapshot without figures', async () => {
    const { scenario } = scenarioAndFigures((s) => (s.title = 'Från fil'));
    expect(await importFile(JSON.stringify(scenario))).toEqual({
      ok: true,
      count: 1,
      replaced: 0,
      skipped: 0,
    });
    const [row] = await listSnapshots();
    expect(row).toMatchObject({ name: 'Från fil', figures: null });
  });

  describe('the same file imported twice does not double a version', () => {
    it('skips or replaces the versions already stored, and adds the new ones', async () => {
      await save('Ett', undefined, 'a');
      await save('Två', (s) => (s.horizonYears = 3));
      const text = (await exportAll()).join('');
      // The file is imported into the browser that exported it: both are there already.
      const plan = await planImport(text);
      expect(plan.ok && plan.plan.duplicates.map((d) => d.name)).toEqual(['Ett', 'Två']);
      expect(await importFile(text, 'skip')).toEqual({
        ok: true,
        count: 0,
        replaced: 0,
        skipped: 2,
      });
      expect((await listSnapshots()).map((r) => r.name).sort()).toEqual(['Ett', 'Två']);

      // Edited here since the export: "replace" brings back the file's notes, in place.
      const [ett] = (await listSnapshots()).filter((r) => r.name === 'Ett');
      await editSnapshot(ett.id, { notes: 'ändrad här' });
      expect(await importFile(text, 'replace')).toEqual({
        ok: true,
        count: 0,
        replaced: 2,
        skipped: 0,
      });
      const after = await listSnapshots();
      expect(after).toHaveLength(2);
      const ettAfter = after.find((r) => r.name === 'Ett')!;
      expect(ettAfter.id).toBe(ett.id);
      expect(ettAfter.notes).toBe('a');
    });

    it('a version of the same name but other content is a new version, not a duplicate', async () => {
      await save('Ett');
      const text = (await exportAll()).join('');
      const [row] = await listSnapshots();
      const other = JSON.parse(text);
      other.snapshots[0].createdAt = new Date(row.createdAt + 60_000).toISOString();
      other.snapshots[0].scenario.horizonYears = 7;
      other.snapshots.push({ ...other.snapshots[0], name: 'Ny' });
      const plan = await planImport(JSON.stringify(other));
      expect(plan.ok && plan.plan.duplicates).toEqual([]);
      expect(await importFile(JSON.stringify(other))).toMatchObject({ ok: true, count: 2 });
      expect((await listSnapshots()).map((r) => r.name).sort()).toEqual(['Ett', 'Ett', 'Ny']);
    });

    it('a plain scenario file imported twice is found by its content', async () => {
      const { scenario } = scenarioAndFigures((s) => (s.title = 'Från fil'));
      const text = JSON.stringify(scenario);
      await importFile(text);
      // A later import: its createdAt is another moment, the content is the same.
      const plan = await planImport(text);
      expect(plan.ok && plan.plan.duplicates.map((d) => d.name)).toEqual(['Från fil']);
      expect(await importFile(text)).toMatchObject({ ok: true, count: 0, skipped: 1 });
      expect(await listSnapshots()).toHaveLength(1);
    });
  });

  describe('refuses a bad file and changes nothing', () => {
    const valid = () => {
      const { scenario, figures } = scenarioAndFigures();
      return {
        format: EXPORT_FORMAT,
        version: 1,
        exportedAt: '2025-03-01T10:00:00.000Z',
        snapshots: [
          { name: 'A', notes: '', createdAt: '2025-01-01T00:00:00.000Z', scenario, figures },
          { name: 'B', notes: '', scenario, figures: null },
        ],
      };
    };
    const cases: { what: string; text: () => string; message: RegExp; path?: string }[] = [
      { what: 'not JSON', text: () => '{"format": "nyttokalkyl-snap', message: /inte giltig JSON/ },
      { what: 'empty', text: () => '', message: /inte giltig JSON/ },
      {
        what: 'foreign format',
        text: () => JSON.stringify({ format: 'excel-export', rows: [] }),
        message: /inte en export från Nyttokalkyl \(formatet är "excel-export"/,
        path: 'format',
      },
      {
        what: 'no format at all',
        text: () => JSON.stringify([1, 2, 3]),
        message: /formatangivelse saknas/,
      },
      {
        what: 'known figures',
        text: () => JSON.stringify({ participants: 10, yearlyRevenue: { samhalle: 1 } }),
        message: /Kända siffror/,
      },
      {
        what: 'newer version',
        text: () => JSON.stringify({ ...valid(), version: 3 }),
        message: /nyare version av Nyttokalkyl \(exportformat 3\)/,
        path: 'version',
      },
      {
        what: 'a broken scenario in the second snapshot',
        text: () => {
          const d = valid();
          d.snapshots[1].scenario = { ...d.snapshots[1].scenario, cohorts: [] };
          return JSON.stringify(d);
        },
        message: /Får inte vara tom/,
        path: 'snapshots[1].scenario.cohorts',
      },
      {
        what: 'a scenario from a newer version',
        text: () => {
          const d = valid();
          d.snapshots[0].scenario = { ...d.snapshots[0].scenario, version: 99 as 3 };
          return JSON.stringify(d);
        },
        message: /formatversion 99/,
        path: 'snapshots[0].scenario.version',
      },
      {
        what: 'a missing name',
        text: () => {
          const d = valid() as { snapshots: Record<string, unknown>[] };
          delete d.snapshots[0].name;
          return JSON.stringify(d);
        },
        message: /Saknas/,
        path: 'snapshots[0].name',
      },
      {
        what: 'figures that are not numbers',
        text: () => {
          const d = valid();
          (d.snapshots[0].figures!.yearlyRevenue as Record<string, unknown>).samhalle = 'många';
          return JSON.stringify(d);
        },
        message: /Ska vara ett tal/,
        path: 'snapshots[0].figures.yearlyRevenue.samhalle',
      },
      {
        what: 'an invalid date',
        text: () => {
          const d = valid();
          d.snapshots[0].createdAt = 'i går';
          return JSON.stringify(d);
        },
        message: /Ogiltigt datum "i går"/,
        path: 'snapshots[0].createdAt',
      },
      {
        what: 'no snapshots',
        text: () => JSON.stringify({ ...valid(), snapshots: [] }),
        message: /Får inte vara tom/,
        path: 'snapshots',
      },
      {
        what: 'too large',
        text: () => JSON.stringify({ ...valid(), padding: 'x'.repeat(MAX_IMPORT_BYTES) }),
        message: /för stor \(100 MB\); högst 100 MB/,
      },
      {
        what: 'too large in UTF-8 bytes though not in characters',
        text: () => JSON.stringify({ ...valid(), padding: 'å'.repeat(MAX_IMPORT_BYTES / 2 + 10) }),
        message: /för stor/,
      },
    ];

    it.each(cases)('$what', async ({ text, message, path }) => {
      await save('Redan sparad');
      const id = await save('Borttagen');
      await softDelete(id);
      const before = await allRows();
      const r = await importFile(text());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const hit = r.issues.find((i) => message.test(i.sv));
      expect(hit, JSON.stringify(r.issues)).toBeDefined();
      expect(hit!.en).toMatch(/\w/);
      if (path !== undefined) expect(hit!.path).toBe(path);
      expect(await allRows()).toEqual(before);
    });

    it('counts a text’s UTF-8 bytes as TextEncoder writes them, without encoding it', () => {
      for (const t of [
        '',
        'abc',
        'åäö',
        '€',
        '😀',
        'a😀b',
        '\ud800',
        '\udc00x',
        'x\ud83d',
        'å😀€a',
      ])
        expect(utf8Length(t), JSON.stringify(t)).toBe(new TextEncoder().encode(t).length);
    });

    it('in English too', async () => {
      const r = await parseImport(JSON.stringify({ format: 'x' }));
      expect(!r.ok && r.issues[0].en).toMatch(/not a Nyttokalkyl export \(its format is "x"/);
    });
  });

  it('writes nothing when the transaction fails part-way (all or nothing)', async () => {
    await save('Redan sparad');
    const before = await allRows();
    const { scenario, figures } = scenarioAndFigures();
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      snapshots: [1, 2, 3].map((i) => ({ name: `S${i}`, scenario, figures })),
    });
    // Fail the write after the rows were handed over, as a full disk would.
    // (Middleware is wired when the database opens.)
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'fail-bulk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: async (req) => {
              const res = await table.mutate(req);
              if (req.type === 'add' && req.values.length === 3)
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
              return res;
            },
          };
        },
      }),
    });
    await db.open();
    const r = await importFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].sv).toMatch(/Lagringsutrymmet är fullt/);
    expect(await allRows()).toEqual(before);
  });

  it('checks the envelope version before migrating', () => {
    expect(checkExportVersion(1)).toBeNull();
    expect(checkExportVersion(2)).toBeNull();
    expect(checkExportVersion(3)?.en).toMatch(/newer version of Nyttokalkyl \(export format 3\)/);
    for (const bad of [0, -1, 1.5, '1', null, undefined])
      expect(checkExportVersion(bad)?.sv).toMatch(/formatversion saknas eller är ogiltig/);
    // Version 1 had no portfolios: it becomes a version-2 file with none.
    const doc = { format: EXPORT_FORMAT, version: 1, snapshots: [] };
    expect(migrateExport(doc)).toEqual({ ...doc, version: 2, portfolios: [] });
    const current = { format: EXPORT_FORMAT, version: 2, snapshots: [], portfolios: [] };
    expect(migrateExport(current)).toEqual(current);
    expect(migrateExport(current)).not.toBe(current);
  });
});
