/**
 * The versions export file: writing it and reading it back. The file is a
 * versioned envelope:
 *   { format: 'nyttokalkyl-snapshots', version: 2, exportedAt,
 *     snapshots: [{ name, notes, createdAt, updatedAt, scenario, figures }],
 *     portfolios: [{ name, notes, …, members: [{ version, name, createdAt }] }] }
 * with each scenario in the scenario format (engine/schema.ts) and each
 * portfolio member pointing into `snapshots` (portfolio-file.ts). Version 1
 * had no portfolios. Reading is a door from outside (STYLE.md §8): a file is
 * checked completely here, with no database, and the rows it yields are
 * written by snapshots.ts in one transaction.
 */
import * as v from 'valibot';
import { isRecord, SCENARIO_FORMAT, toValidationIssues, type Scenario } from '../../engine';
import { wordedIssue, type WordedIssue } from '../validation-text';
import { pass, passDoorAsync, stop, type Door } from '../door';
import { validateScenarioInSteps } from '../validated-scenario';
import { LIMITS } from '../limits';
import { storedScenarioParts } from './blocks';
import type { SnapshotRow, StoredFigures } from './db';
import { parsePortfolios, type ExportedPortfolio, type NewPortfolio } from './portfolio-file';
import {
  checkName,
  checkNotes,
  clock,
  FiguresSchema,
  issue,
  joinPath,
  MAX_NAME,
  MAX_NOTES,
  type Result,
} from './snapshot-fields';

export const EXPORT_FORMAT = 'nyttokalkyl-snapshots';
/** 2: portfolios of the exported versions. */
export const EXPORT_VERSION = 2;
/** Larger files are refused before they are parsed. */
export const MAX_IMPORT_BYTES = LIMITS.versionsFileBytes;

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

/**
 * An export file's JSON text in pieces, in order, written to the file as they
 * are: joining them would copy a large version's groups once more, and that
 * copy held the page.
 */
export type FileParts = readonly string[];

/**
 * The export file holding `rows` and `portfolios`, stamped with the clock's
 * time, in pieces (`storedScenarioParts`): a large version's groups are a
 * piece of their own, the text they were stored as.
 */
export function versionsFileParts(
  rows: SnapshotRow[],
  portfolios: ExportEnvelope['portfolios'] = [],
): FileParts {
  const doc: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(clock.now()).toISOString(),
    snapshots: rows.map(toExported),
    portfolios,
  };
  // Indented to be read, except a large version's groups: their stored text, compact.
  return storedScenarioParts(doc, 2) ?? [JSON.stringify(doc, null, 2)];
}

// ---------------------------------------------------------------------------
// Reading

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
  snapshots: v.pipe(v.array(EntrySchema), v.minLength(1), v.maxLength(LIMITS.versionsPerFile)),
  // Checked apart (portfolio-file.ts), against the number of versions in the file.
  portfolios: v.optional(v.unknown()),
});

/** The problem with an envelope's version, or null when this app can read it. */
export function checkExportVersion(version: unknown): WordedIssue | null {
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

/**
 * A text's size against the import limit: its UTF-8 bytes where they decide,
 * else its length, which then decides the same (a string never takes fewer
 * UTF-8 bytes than it has UTF-16 code units, nor more than three times as
 * many). Encoding 32 MB of text only to count its bytes held the page ≈ 0.25 s.
 */
function utf8Bytes(text: string): number {
  if (text.length > MAX_IMPORT_BYTES || text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return utf8Length(text);
}

/** The number of bytes `text` takes in UTF-8 (as TextEncoder writes it), counted, not encoded. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one character of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is written as U+FFFD, three bytes
  }
  return bytes;
}

/** The message for a file over the size limit. */
export function tooLargeIssue(bytes: number): WordedIssue {
  const mb = (x: number) => (Math.round((x / 1024 / 1024) * 10) / 10).toString();
  return issue(
    '',
    `Filen är för stor (${mb(bytes).replace('.', ',')} MB); högst ${mb(MAX_IMPORT_BYTES)} MB kan importeras.`,
    `The file is too large (${mb(bytes)} MB); at most ${mb(MAX_IMPORT_BYTES)} MB can be imported.`,
  );
}

/** A version read from a file, not stored yet. */
export type NewRow = Omit<SnapshotRow, 'id'>;

type Parsed = { rows: NewRow[]; portfolios?: NewPortfolio[] };

/**
 * The versions-file door (door.ts): its size in UTF-8 bytes against
 * `LIMITS.versionsFileBytes`, then JSON, then the envelope (or a single
 * scenario file) checked and migrated by `validateVersions`.
 */
const door: Door<string, string, unknown, Parsed, WordedIssue> = {
  size: utf8Bytes,
  limit: MAX_IMPORT_BYTES,
  tooLarge: (bytes) => tooLargeIssue(bytes),
  decode: (text) => pass(text),
  parse(text) {
    try {
      return pass(JSON.parse(text) as unknown);
    } catch (err) {
      return stop(
        issue(
          '',
          `Filen är inte giltig JSON och kan inte importeras (${(err as Error).message}).`,
          `The file is not valid JSON and cannot be imported (${(err as Error).message}).`,
        ),
      );
    }
  },
  async validate(doc) {
    const r = await validateVersions(doc);
    return r.ok ? pass(r) : stop(...r.issues);
  },
};

/** Check an export file completely; the rows (and portfolios) to add, or every problem found. */
export async function parseImport(text: string): Promise<Result<Parsed>> {
  const r = await passDoorAsync(door, text);
  if (!r.ok) return { ok: false, issues: r.problems };
  const { rows, portfolios } = r.value;
  return portfolios ? { ok: true, rows, portfolios } : { ok: true, rows };
}

/**
 * An export envelope (or a single scenario file) as parsed JSON, checked and
 * migrated; each scenario validated in steps (a version of 100 000
 * participants held the page ≈ 0.25 s in one piece).
 */
async function validateVersions(doc: unknown): Promise<Result<Parsed>> {
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
    const parsed = await validateScenarioInSteps(doc);
    if (!parsed.ok) return { ok: false, issues: parsed.issues.map(wordedIssue) };
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
  if (!env.success) return { ok: false, issues: toValidationIssues(env.issues).map(wordedIssue) };

  const issues: WordedIssue[] = [];
  const rows: NewRow[] = [];
  for (const [i, e] of env.output.snapshots.entries()) {
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
    const parsed = await validateScenarioInSteps(e.scenario);
    if (!parsed.ok)
      entryIssues.push(
        ...parsed.issues.map((x) =>
          wordedIssue({ ...x, path: joinPath(`${at}.scenario`, x.path) }),
        ),
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
  }
  const p = parsePortfolios(env.output.portfolios, env.output.snapshots.length, now);
  issues.push(...p.issues);
  if (issues.length) return { ok: false, issues };
  return p.portfolios.length ? { ok: true, rows, portfolios: p.portfolios } : { ok: true, rows };
}
