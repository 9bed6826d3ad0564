/**
 * Saved snapshots: named copies of a scenario with notes and the figures the
 * engine computed for it. Pure async functions over the database singleton
 * (`getDb()`, replaceable in tests), plus the export/import file format.
 *
 * The export file is a versioned envelope:
 *   { format: 'nyttokalkyl-snapshots', version: 2, exportedAt,
 *     snapshots: [{ name, notes, createdAt, updatedAt, scenario, figures }],
 *     portfolios: [{ name, notes, …, members: [{ version, name, createdAt }] }] }
 * with each scenario in the scenario format (engine/schema.ts) and each
 * portfolio member pointing into `snapshots` (portfolio-file.ts). Version 1
 * had no portfolios. An import is
 * checked completely before anything is written, and written in one
 * transaction: a bad file changes nothing and says what is wrong.
 */
import * as v from 'valibot';
import {
  changedParameters,
  paramDefsFor,
  parseScenario,
  PERSPECTIVES,
  SCENARIO_FORMAT,
  toValidationIssues,
  type CostPerspective,
  type EvaluationResult,
  type ParamId,
  type Scenario,
  type ValidationIssue,
  withDefaultRules,
  withParametersWritten,
} from '../../engine';
import { getDb, storageProblem, type SnapshotRow, type StoredFigures } from './db';
import {
  exportPortfolios,
  parsePortfolios,
  resolveMembers,
  samePortfolio,
  type ExportedPortfolio,
  type NewPortfolio,
} from './portfolio-file';

export const EXPORT_FORMAT = 'nyttokalkyl-snapshots';
/** 2: portfolios of the exported versions. */
export const EXPORT_VERSION = 2;
/** Larger files are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_NAME = 200;
export const MAX_NOTES = 5000;
/** Soft-deleted snapshots older than this are purged for good. */
export const PURGE_AFTER_MS = 10 * 60 * 1000;

/** The clock, replaceable in tests. */
export const clock = { now: () => Date.now() };

export type Result<T> = ({ ok: true } & T) | { ok: false; issues: ValidationIssue[] };

const issue = (path: string, sv: string, en: string): ValidationIssue => ({ path, sv, en });

function storageIssues(err: unknown): { ok: false; issues: ValidationIssue[] } {
  const p = storageProblem(err);
  return { ok: false, issues: [issue('', p.sv, p.en)] };
}

// ---------------------------------------------------------------------------
// Figures

const COST_PERSPECTIVES = PERSPECTIVES.filter((p) => p !== 'individ') as CostPerspective[];

/** The compact copy of a result that a snapshot keeps (no figure is computed here). */
export function figuresFrom(result: EvaluationResult): StoredFigures {
  const t = result.total;
  return {
    parameterSetId: result.parameterSetId,
    horizonYears: result.horizonYears,
    participants: t.participants,
    budget: t.budget,
    cost: { ...t.cost },
    yearlyRevenue: { ...t.yearlyRevenue },
    profitYear1: { ...t.profitYear1 },
    profitYear5: { ...t.profitYear5 },
    profitHorizon: { ...t.profitHorizon },
    paybackMonths: { ...t.paybackMonths },
  };
}

/**
 * Whether two sets of figures differ by more than rounding (half a krona, or
 * any payback month): a stored snapshot that today's engine no longer
 * reproduces (a changed model, or a hand-edited file).
 */
export function figuresDiffer(a: StoredFigures, b: StoredFigures): boolean {
  const vectors = ['cost', 'yearlyRevenue', 'profitYear1', 'profitYear5', 'profitHorizon'] as const;
  if (a.participants !== b.participants || a.horizonYears !== b.horizonYears) return true;
  for (const k of vectors)
    for (const p of PERSPECTIVES) if (!(Math.abs(a[k][p] - b[k][p]) <= 0.5)) return true;
  return COST_PERSPECTIVES.some((p) => a.paybackMonths[p] !== b.paybackMonths[p]);
}

const finite = v.pipe(v.number(), v.finite());
const vector = v.object(
  Object.fromEntries(PERSPECTIVES.map((p) => [p, finite])) as Record<
    (typeof PERSPECTIVES)[number],
    typeof finite
  >,
);
const payback = v.union([v.pipe(finite, v.minValue(0)), v.literal('neg')]);

export const FiguresSchema = v.object({
  parameterSetId: v.pipe(v.string(), v.maxLength(64)),
  horizonYears: v.pipe(finite, v.integer(), v.minValue(1), v.maxValue(50)),
  participants: v.pipe(finite, v.minValue(0)),
  budget: finite,
  cost: vector,
  yearlyRevenue: vector,
  profitYear1: vector,
  profitYear5: vector,
  profitHorizon: vector,
  paybackMonths: v.object(
    Object.fromEntries(COST_PERSPECTIVES.map((p) => [p, payback])) as Record<
      CostPerspective,
      typeof payback
    >,
  ),
});

// ---------------------------------------------------------------------------
// Parameters against today's defaults

export interface ParamDifference {
  id: ParamId;
  /** The rule year of the set the value belongs to. */
  year: number;
  label: { sv: string; en: string };
  saved: number;
  today: number;
}

/**
 * The parameters whose saved value differs from today's default — the
 * values a snapshot would not reproduce if it were recomputed with the
 * defaults (they changed since it was saved, or the user set them).
 */
export function paramDifferences(scenario: Scenario): ParamDifference[] {
  return changedParameters(scenario).map(({ year, id, value }) => {
    const def = paramDefsFor(year)[id];
    return { id, year, label: def.label, saved: value, today: def.value };
  });
}

/** The same scenario with today's defaults: each cohort valued with the rules of its year. */
export function withTodaysDefaults(scenario: Scenario): Scenario {
  return withDefaultRules(scenario);
}

// ---------------------------------------------------------------------------
// Validation of what we store

function checkName(name: string, path = 'name'): ValidationIssue[] {
  const n = name.trim();
  if (!n) return [issue(path, 'Namnet får inte vara tomt.', 'The name must not be empty.')];
  if (n.length > MAX_NAME)
    return [
      issue(
        path,
        `Namnet får ha högst ${MAX_NAME} tecken.`,
        `The name may have at most ${MAX_NAME} characters.`,
      ),
    ];
  return [];
}

function checkNotes(notes: string, path = 'notes'): ValidationIssue[] {
  return notes.length > MAX_NOTES
    ? [
        issue(
          path,
          `Anteckningarna får ha högst ${MAX_NOTES} tecken.`,
          `The notes may have at most ${MAX_NOTES} characters.`,
        ),
      ]
    : [];
}

// ---------------------------------------------------------------------------
// Save, edit, duplicate, delete

export interface SaveInput {
  name: string;
  notes?: string;
  /** The scenario with the what-if settings in `whatIf`. Must be valid. */
  scenario: unknown;
  /** The engine's result for exactly this scenario, or null when there is none yet. */
  figures: StoredFigures | null;
}

/** Save a new snapshot. The scenario is validated first; nothing invalid is stored. */
export async function saveSnapshot(input: SaveInput): Promise<Result<{ id: number }>> {
  const notes = input.notes ?? '';
  const issues = [...checkName(input.name), ...checkNotes(notes)];
  const parsed = parseScenario(input.scenario);
  if (!parsed.ok)
    issues.push(...parsed.issues.map((i) => ({ ...i, path: joinPath('scenario', i.path) })));
  if (issues.length || !parsed.ok) return { ok: false, issues };
  const now = clock.now();
  try {
    const id = await getDb().snapshots.add({
      name: input.name.trim(),
      notes,
      createdAt: now,
      updatedAt: now,
      deletedAt: 0,
      // Every rule year the cohorts take is written out, so the version reproduces exactly
      // after the defaults change.
      scenario: withParametersWritten(parsed.value),
      figures: input.figures,
    });
    return { ok: true, id };
  } catch (err) {
    return storageIssues(err);
  }
}

/** Change a snapshot's name and/or notes. */
export async function editSnapshot(
  id: number,
  changes: { name?: string; notes?: string },
): Promise<Result<object>> {
  const issues = [
    ...(changes.name !== undefined ? checkName(changes.name) : []),
    ...(changes.notes !== undefined ? checkNotes(changes.notes) : []),
  ];
  if (issues.length) return { ok: false, issues };
  try {
    const n = await getDb().snapshots.update(id, {
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
      updatedAt: clock.now(),
    });
    return n ? { ok: true } : { ok: false, issues: [notFound(id)] };
  } catch (err) {
    return storageIssues(err);
  }
}

/** Rename a snapshot. */
export function renameSnapshot(id: number, name: string): Promise<Result<object>> {
  return editSnapshot(id, { name });
}

/** Store the figures for a snapshot that had none (e.g. imported as a plain scenario, then opened). */
export async function setFigures(id: number, figures: StoredFigures): Promise<Result<object>> {
  try {
    await getDb().snapshots.update(id, { figures });
    return { ok: true };
  } catch (err) {
    return storageIssues(err);
  }
}

/** A copy of a snapshot under a new name (default "<name> (kopia)"). */
export async function duplicateSnapshot(
  id: number,
  name?: string,
): Promise<Result<{ id: number }>> {
  try {
    const row = await getDb().snapshots.get(id);
    if (!row || row.deletedAt) return { ok: false, issues: [notFound(id)] };
    const newName = (name ?? `${row.name} (kopia)`).trim().slice(0, MAX_NAME);
    const now = clock.now();
    const { id: _old, ...rest } = row;
    const newId = await getDb().snapshots.add({
      ...rest,
      name: newName,
      createdAt: now,
      updatedAt: now,
      deletedAt: 0,
    });
    return { ok: true, id: newId };
  } catch (err) {
    return storageIssues(err);
  }
}

/** Hide a snapshot from the list; `undoDelete` brings it back until it is purged. */
export async function softDelete(id: number): Promise<Result<object>> {
  try {
    const n = await getDb().snapshots.update(id, { deletedAt: clock.now() });
    return n ? { ok: true } : { ok: false, issues: [notFound(id)] };
  } catch (err) {
    return storageIssues(err);
  }
}

export async function undoDelete(id: number): Promise<Result<object>> {
  try {
    const n = await getDb().snapshots.update(id, { deletedAt: 0 });
    return n ? { ok: true } : { ok: false, issues: [notFound(id)] };
  } catch (err) {
    return storageIssues(err);
  }
}

/**
 * Delete for good: the given soft-deleted snapshot, or (without an id) every
 * snapshot deleted more than `olderThanMs` ago. Live snapshots are never
 * touched. Returns how many were removed.
 */
export async function purge(id?: number, olderThanMs = PURGE_AFTER_MS): Promise<number> {
  const db = getDb();
  if (id !== undefined)
    return db.transaction('rw', db.snapshots, async () => {
      const row = await db.snapshots.get(id);
      if (!row || !row.deletedAt) return 0;
      await db.snapshots.delete(id);
      return 1;
    });
  return db.snapshots
    .where('deletedAt')
    .between(1, clock.now() - olderThanMs, true, true)
    .delete();
}

function notFound(id: number): ValidationIssue {
  return issue(
    '',
    `Versionen (id ${id}) finns inte längre; den kan ha tagits bort i en annan flik.`,
    `The version (id ${id}) no longer exists; it may have been deleted in another tab.`,
  );
}

// ---------------------------------------------------------------------------
// Listing

/** The live snapshots (not deleted), in no particular order. Use inside `liveQuery`. */
export function listSnapshots(): Promise<SnapshotRow[]> {
  return getDb().snapshots.where('deletedAt').equals(0).toArray();
}

export async function getSnapshot(id: number): Promise<SnapshotRow | undefined> {
  const row = await getDb().snapshots.get(id);
  return row && !row.deletedAt ? row : undefined;
}

export type SnapshotSort = 'date' | 'name' | 'payback';

/** Swedish alphabetical order (å, ä, ö last), case-insensitive, "Version 2" before "Version 10". */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Comparable payback: months, with "not reached" and "not computed" last. */
function paybackKey(row: SnapshotRow): number {
  const p = row.figures?.paybackMonths.samhalle;
  if (p === undefined) return Number.POSITIVE_INFINITY;
  return p === 'neg' ? Number.MAX_VALUE : p;
}

/**
 * Filter by a search text (in the name or the notes, case-insensitive) and
 * sort: by date (last changed first), name (Swedish alphabetical order) or
 * payback (shortest first; not reached and not computed last).
 */
export function searchSnapshots(
  rows: readonly SnapshotRow[],
  query: string,
  sort: SnapshotSort,
): SnapshotRow[] {
  const q = query.trim().toLocaleLowerCase('sv');
  const hits = q
    ? rows.filter(
        (r) =>
          r.name.toLocaleLowerCase('sv').includes(q) || r.notes.toLocaleLowerCase('sv').includes(q),
      )
    : [...rows];
  const byName = (a: SnapshotRow, b: SnapshotRow) => collator.compare(a.name, b.name);
  const byDate = (a: SnapshotRow, b: SnapshotRow) => b.updatedAt - a.updatedAt || b.id - a.id;
  if (sort === 'name') return hits.sort((a, b) => byName(a, b) || byDate(a, b));
  if (sort === 'payback') return hits.sort((a, b) => paybackKey(a) - paybackKey(b) || byName(a, b));
  return hits.sort(byDate);
}

// ---------------------------------------------------------------------------
// Export

export interface ExportedSnapshot {
  name: string;
  notes: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  scenario: Scenario;
  figures: StoredFigures | null;
}

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  snapshots: ExportedSnapshot[];
  portfolios: ExportedPortfolio[];
}

function toExported(row: SnapshotRow): ExportedSnapshot {
  return {
    name: row.name,
    notes: row.notes,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    scenario: row.scenario,
    figures: row.figures,
  };
}

function envelope(rows: SnapshotRow[], portfolios: ExportEnvelope['portfolios'] = []): string {
  const doc: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(clock.now()).toISOString(),
    snapshots: rows.map(toExported),
    portfolios,
  };
  return JSON.stringify(doc, null, 2);
}

const oldestFirst = (a: SnapshotRow, b: SnapshotRow) => a.createdAt - b.createdAt || a.id - b.id;

/** Every live snapshot and every portfolio as an export file (JSON text), oldest first. */
export async function exportAll(): Promise<string> {
  const rows = (await listSnapshots()).sort(oldestFirst);
  const portfolios = await getDb().portfolios.toArray();
  portfolios.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  return envelope(rows, exportPortfolios(portfolios, rows));
}

/** One portfolio with the live versions it holds, as an export file; undefined when it does not exist. */
export async function exportPortfolio(id: number): Promise<string | undefined> {
  const portfolio = await getDb().portfolios.get(id);
  if (!portfolio) return undefined;
  const ids = new Set(portfolio.members.map((m) => m.snapshotId));
  const rows = (await listSnapshots()).filter((r) => ids.has(r.id)).sort(oldestFirst);
  return envelope(rows, exportPortfolios([portfolio], rows));
}

/** One snapshot as an export file (JSON text); undefined when it does not exist. */
export async function exportOne(id: number): Promise<string | undefined> {
  const row = await getSnapshot(id);
  return row ? envelope([row]) : undefined;
}

// ---------------------------------------------------------------------------
// Import

const EntrySchema = v.object({
  name: v.string(),
  notes: v.optional(v.string(), ''),
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
  scenario: v.unknown(),
  figures: v.optional(v.nullable(FiguresSchema), null),
});

const EnvelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.optional(v.string()),
  snapshots: v.pipe(v.array(EntrySchema), v.minLength(1), v.maxLength(10_000)),
  // Checked apart (portfolio-file.ts), against the number of versions in the file.
  portfolios: v.optional(v.unknown()),
});

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function joinPath(prefix: string, path: string): string {
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** The problem with an envelope's version, or null when this app can read it. */
export function checkExportVersion(version: unknown): ValidationIssue | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return issue(
      'version',
      'Filens formatversion saknas eller är ogiltig.',
      "The file's format version is missing or invalid.",
    );
  if (version > EXPORT_VERSION)
    return issue(
      'version',
      `Filen kommer från en nyare version av Nyttokalkyl (exportformat ${version}); den här versionen läser till och med format ${EXPORT_VERSION}. Uppdatera appen (ladda om sidan) och försök igen.`,
      `The file comes from a newer version of Nyttokalkyl (export format ${version}); this version reads up to format ${EXPORT_VERSION}. Update the app (reload the page) and try again.`,
    );
  return null;
}

/**
 * Bring an older export envelope up to the current version, one step at a
 * time; each step stays forever. 1 → 2: a file without portfolios.
 */
export function migrateExport(doc: Record<string, unknown>): Record<string, unknown> {
  const out = { ...doc };
  if (out.version === 1) {
    out.portfolios = [];
    out.version = 2;
  }
  return out;
}

/** The byte size of a text in UTF-8. */
function utf8Bytes(text: string): number {
  // A string never takes fewer UTF-8 bytes than it has UTF-16 code units… except
  // surrogate pairs (2 units, 4 bytes): length is a lower bound either way.
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** The message for a file over the size limit. */
export function tooLargeIssue(bytes: number): ValidationIssue {
  const mb = (x: number) => (Math.round((x / 1024 / 1024) * 10) / 10).toString();
  return issue(
    '',
    `Filen är för stor (${mb(bytes).replace('.', ',')} MB); högst ${mb(MAX_IMPORT_BYTES)} MB kan importeras.`,
    `The file is too large (${mb(bytes)} MB); at most ${mb(MAX_IMPORT_BYTES)} MB can be imported.`,
  );
}

export type NewRow = Omit<SnapshotRow, 'id'>;

/** Check an export file completely; the rows (and portfolios) to add, or every problem found. */
export function parseImport(text: string): Result<{ rows: NewRow[]; portfolios?: NewPortfolio[] }> {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, issues: [tooLargeIssue(bytes)] };

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      issues: [
        issue(
          '',
          `Filen är inte giltig JSON och kan inte importeras (${(err as Error).message}).`,
          `The file is not valid JSON and cannot be imported (${(err as Error).message}).`,
        ),
      ],
    };
  }
  const now = clock.now();

  if (!isRecord(doc) || (doc.format !== EXPORT_FORMAT && doc.format !== SCENARIO_FORMAT)) {
    const found = isRecord(doc) && typeof doc.format === 'string' ? doc.format.slice(0, 80) : null;
    const knownCase = isRecord(doc) && doc.format === undefined && 'yearlyRevenue' in doc;
    return {
      ok: false,
      issues: [
        knownCase
          ? issue(
              'format',
              'Filen innehåller kända siffror, inte sparade versioner. Öppna den under fliken Kända siffror.',
              'The file holds known figures, not saved versions. Open it in the Known figures tab.',
            )
          : issue(
              'format',
              `Filen är inte en export från Nyttokalkyl (${found ? `formatet är "${found}"` : 'formatangivelse saknas'}; väntat "${EXPORT_FORMAT}" eller "${SCENARIO_FORMAT}"). Inget har importerats.`,
              `The file is not a Nyttokalkyl export (${found ? `its format is "${found}"` : 'no format given'}; expected "${EXPORT_FORMAT}" or "${SCENARIO_FORMAT}"). Nothing was imported.`,
            ),
      ],
    };
  }

  // A single scenario file: one snapshot named after its title, figures computed when opened.
  if (doc.format === SCENARIO_FORMAT) {
    const parsed = parseScenario(doc);
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    return {
      ok: true,
      rows: [
        {
          name: parsed.value.title.slice(0, MAX_NAME),
          notes: parsed.value.description.slice(0, MAX_NOTES),
          createdAt: now,
          updatedAt: now,
          deletedAt: 0,
          scenario: parsed.value,
          figures: null,
        },
      ],
    };
  }

  const versionIssue = checkExportVersion(doc.version);
  if (versionIssue) return { ok: false, issues: [versionIssue] };
  const env = v.safeParse(EnvelopeSchema, migrateExport(doc));
  if (!env.success) return { ok: false, issues: toValidationIssues(env.issues) };

  const issues: ValidationIssue[] = [];
  const rows: NewRow[] = [];
  env.output.snapshots.forEach((e, i) => {
    const at = `snapshots[${i}]`;
    const entryIssues = [...checkName(e.name, `${at}.name`), ...checkNotes(e.notes, `${at}.notes`)];
    const time = (s: string | undefined, field: string): number => {
      if (s === undefined) return now;
      const t = Date.parse(s);
      if (Number.isNaN(t))
        entryIssues.push(
          issue(
            `${at}.${field}`,
            `Ogiltigt datum "${s.slice(0, 40)}".`,
            `Invalid date "${s.slice(0, 40)}".`,
          ),
        );
      return t;
    };
    const createdAt = time(e.createdAt, 'createdAt');
    const updatedAt = time(e.updatedAt, 'updatedAt');
    const parsed = parseScenario(e.scenario);
    if (!parsed.ok)
      entryIssues.push(
        ...parsed.issues.map((x) => ({ ...x, path: joinPath(`${at}.scenario`, x.path) })),
      );
    issues.push(...entryIssues);
    if (parsed.ok && !entryIssues.length)
      rows.push({
        name: e.name.trim(),
        notes: e.notes,
        createdAt,
        updatedAt,
        deletedAt: 0,
        scenario: parsed.value,
        figures: e.figures,
      });
  });
  const p = parsePortfolios(env.output.portfolios, env.output.snapshots.length, now);
  issues.push(...p.issues);
  if (issues.length) return { ok: false, issues };
  return p.portfolios.length ? { ok: true, rows, portfolios: p.portfolios } : { ok: true, rows };
}

/** What to do with an imported version that is already stored. */
export type DuplicateChoice = 'skip' | 'replace';

/** Plain data with its object keys sorted: two scenarios compare equal whatever their key order. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : value,
  );
}

/**
 * Whether an imported version is one already stored: the same name, and the
 * same moment of creation (an exported copy of it, perhaps edited since) or
 * the same scenario (the same file imported again).
 */
function sameVersion(imported: NewRow, stored: SnapshotRow, importedKey: () => string): boolean {
  if (imported.name !== stored.name) return false;
  return imported.createdAt === stored.createdAt || importedKey() === canonical(stored.scenario);
}

/** For each row to import, the live snapshot it duplicates (or null). */
function matchStored(
  rows: readonly NewRow[],
  stored: readonly SnapshotRow[],
): (SnapshotRow | null)[] {
  const taken = new Set<number>();
  return rows.map((row) => {
    let key: string | undefined;
    const importedKey = () => (key ??= canonical(row.scenario));
    const hit = stored.find((s) => !taken.has(s.id) && sameVersion(row, s, importedKey));
    if (!hit) return null;
    taken.add(hit.id);
    return hit;
  });
}

/** An import checked and compared with what is stored, waiting for the user's choice. */
export interface ImportPlan {
  rows: NewRow[];
  /** The stored versions the file holds again (by name), in the file's order. */
  duplicates: { id: number; name: string }[];
  /** The file's portfolios, and those of them stored already (same name and creation time). */
  portfolios?: NewPortfolio[];
  portfolioDuplicates?: { id: number; name: string }[];
}

/** Check an export file and find the versions it holds that are stored already. */
export async function planImport(text: string): Promise<Result<{ plan: ImportPlan }>> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  try {
    const matches = matchStored(parsed.rows, await listSnapshots());
    const duplicates = matches
      .filter((m): m is SnapshotRow => m !== null)
      .map((m) => ({ id: m.id, name: m.name }));
    const plan: ImportPlan = { rows: parsed.rows, duplicates };
    if (parsed.portfolios) {
      const stored = await getDb().portfolios.toArray();
      plan.portfolios = parsed.portfolios;
      plan.portfolioDuplicates = parsed.portfolios.flatMap((p) => {
        const hit = stored.find((s) => samePortfolio(p, s));
        return hit ? [{ id: hit.id, name: hit.name }] : [];
      });
    }
    return { ok: true, plan };
  } catch (err) {
    return storageIssues(err);
  }
}

/** How an import went: versions added, stored ones replaced, and duplicates skipped. */
export interface ImportCounts {
  count: number;
  replaced: number;
  skipped: number;
  /** Portfolios added or replaced; only when the file holds portfolios. */
  portfolios?: number;
}

/**
 * Write checked rows in one transaction: new versions are added; one that is
 * stored already is skipped or replaces the stored one (keeping its place in
 * the list), as the user chose. Duplicates are looked up again inside the
 * transaction, so a version saved meanwhile in another tab is not doubled.
 */
export async function commitImport(
  rows: readonly NewRow[],
  duplicates: DuplicateChoice,
  portfolios?: readonly NewPortfolio[],
): Promise<Result<ImportCounts>> {
  const db = getDb();
  try {
    return await db.transaction('rw', db.snapshots, db.portfolios, async () => {
      const matches = matchStored(rows, await listSnapshots());
      const add: NewRow[] = [];
      const addAt: number[] = [];
      const replace: SnapshotRow[] = [];
      /** The stored id of each of the file's versions: added, replaced or skipped as stored. */
      const ids: (number | null)[] = rows.map(() => null);
      rows.forEach((row, i) => {
        const hit = matches[i];
        if (!hit) {
          add.push(row);
          addAt.push(i);
          return;
        }
        ids[i] = hit.id;
        if (duplicates === 'replace') replace.push({ ...row, id: hit.id });
      });
      if (add.length) {
        const added = await db.snapshots.bulkAdd(add, { allKeys: true });
        added.forEach((id, k) => (ids[addAt[k]] = id));
      }
      if (replace.length) await db.snapshots.bulkPut(replace);
      const counts: ImportCounts = {
        count: add.length,
        replaced: replace.length,
        skipped: rows.length - add.length - replace.length,
      };
      if (portfolios?.length) {
        // A portfolio stored already follows the same choice as the versions.
        const stored = await db.portfolios.toArray();
        let written = 0;
        for (const p of portfolios) {
          const hit = stored.find((s) => samePortfolio(p, s));
          if (hit && duplicates === 'skip') continue;
          const row = { ...p, members: resolveMembers(p, ids) };
          if (hit) await db.portfolios.put({ ...row, id: hit.id });
          else await db.portfolios.add(row);
          written++;
        }
        counts.portfolios = written;
      }
      return { ok: true as const, ...counts };
    });
  } catch (err) {
    return storageIssues(err);
  }
}

/**
 * Import an export file (or a single scenario file). Everything is checked
 * before anything is written; the rows are then written in one transaction,
 * so a failure (a full disk) leaves the stored snapshots exactly as they
 * were. A version that is stored already is never added twice: it is skipped
 * or replaces the stored one (`duplicates`).
 */
export async function importFile(
  text: string,
  duplicates: DuplicateChoice = 'skip',
): Promise<Result<ImportCounts>> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  return commitImport(parsed.rows, duplicates, parsed.portfolios);
}
