/**
 * The state and steps of the participant import (csv-import.svelte), apart
 * from how they are drawn: the file as read, the mapping, the check of every
 * row (restarted whenever the file, delimiter, sheet, mapping or merge
 * setting changes, the run before it cancelled), the target and the import
 * itself. The component owns the DOM (focus after a step) and calls in here.
 */
import { LIMITS } from '../../engine';
import type { Issue } from '../../lib/validation-text';
import { formatNumber } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import {
  applyImport,
  autoMapping,
  convertCsv,
  convertRecords,
  emptyMapping,
  ImportCancelled,
  inspect,
  inspectRecords,
  mappingIssues,
  MERGE_DEFAULT_ROWS,
  previewRows,
  type Conversion,
  type Delimiter,
  type Encoding,
  type Mapping,
  type Progress,
  type RecordsInspection,
  type Target,
} from '../../lib/import/csv';
import { openParticipantFile, type FileProblem } from '../../lib/import/participant-file';
import { megabytes } from '../../lib/limits';
import type { SheetRecords } from '../../lib/import/xlsx';
import { numberOrNaN } from '../../lib/parse-number';
import type { AppState } from '../../lib/state/app.svelte';
import { hold } from '../../lib/state/held-groups.svelte';

/** The file as read: CSV text, or an Excel workbook's sheets as rows of cells. */
export type Loaded = { name: string; size: number } & (
  { kind: 'csv'; encoding: Encoding; text: string } | { kind: 'xlsx'; sheets: SheetRecords[] }
);

export type Check =
  | { status: 'idle' }
  | { status: 'running'; progress: Progress }
  | { status: 'done'; result: Conversion }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface ImportMessage {
  kind: 'ok' | 'error';
  text: string;
  issues: Issue[];
}

/** Above this many groups the editors and autosave get slow (≈ 20 s for 100 000): suggest merging. */
export const MANY_GROUPS = 5000;

/** A participant file's problem in the current language. */
export function fileProblemText(p: FileProblem): string {
  switch (p.code) {
    case 'tooLarge':
    case 'xlsxTooLarge':
      return i18n.t(`importer:file.${p.code}`, {
        size: formatNumber(p.bytes / 1024 / 1024, i18n.lang, 1),
        max: megabytes(p.max),
      });
    case 'unreadable':
    case 'xlsxUnreadable':
      return i18n.t(`importer:file.${p.code}`, { message: p.message });
    default:
      return i18n.t(`importer:file.${p.code}`);
  }
}

export class CsvImport {
  loaded = $state.raw<Loaded | null>(null);
  inspection = $state.raw<RecordsInspection | null>(null);
  delimiter = $state<Delimiter>(';');
  /** The sheet read from a workbook. */
  sheetIndex = $state(0);
  mapping = $state<Mapping>(emptyMapping());
  merge = $state(false);
  reading = $state(false);
  fileError = $state<string | null>(null);
  check = $state.raw<Check>({ status: 'idle' });
  /** Bumped by "check again" to re-run the check with the same settings. */
  runId = $state(0);
  #controller: AbortController | null = null;

  targetKind = $state<Target['kind']>('new');
  cohortName = $state('');
  cohortYear = $state('');
  cohortIndex = $state(0);

  message = $state<ImportMessage | null>(null);

  constructor(private readonly app: AppState) {}

  readonly issues = $derived(
    this.inspection ? mappingIssues(this.mapping, this.inspection.header) : [],
  );
  readonly preview = $derived(
    this.inspection
      ? previewRows(this.inspection.sample, $state.snapshot(this.mapping), this.inspection.header)
      : [],
  );
  readonly cohorts = $derived.by(() =>
    this.app.draft.cohorts.map((c) => ({ name: c.name, groups: c.groups.length })),
  );
  readonly year = $derived.by(() => {
    const s = this.cohortYear.trim();
    if (!s) return { value: undefined, ok: true };
    const n = numberOrNaN(s, { lang: i18n.lang });
    return { value: n, ok: Number.isInteger(n) && n >= 1990 && n <= 2100 };
  });
  readonly nameProblem = $derived(
    this.targetKind === 'new' && !this.cohortName.trim()
      ? i18n.t('importer:target.nameRequired')
      : null,
  );
  readonly yearProblem = $derived(
    this.targetKind === 'new' && !this.year.ok ? i18n.t('importer:target.yearInvalid') : null,
  );
  readonly target = $derived<Target>(
    this.targetKind === 'new'
      ? { kind: 'new', name: this.cohortName, year: this.year.value }
      : { kind: this.targetKind, cohortIndex: this.cohortIndex },
  );
  readonly result = $derived(this.check.status === 'done' ? this.check.result : null);
  readonly groupsAfter = $derived.by(() => {
    if (!this.result) return 0;
    const appended =
      this.targetKind === 'append'
        ? (this.app.draft.cohorts[this.cohortIndex]?.groups.length ?? 0)
        : 0;
    return this.result.groups.length + appended;
  });
  readonly tooMany = $derived(this.groupsAfter > LIMITS.maxGroupsPerCohort);
  readonly canImport = $derived(
    !!this.result &&
      this.result.validRows > 0 &&
      !this.nameProblem &&
      !this.yearProblem &&
      !this.tooMany,
  );

  /**
   * Check every row with the current settings; call it from an `$effect`,
   * which re-runs it on any change and calls the returned cleanup first, so
   * the run before is cancelled.
   */
  watchCheck(): (() => void) | undefined {
    const file = this.loaded;
    const ins = this.inspection;
    const m = $state.snapshot(this.mapping);
    const sheet = file?.kind === 'xlsx' ? file.sheets[this.sheetIndex] : null;
    const d = this.delimiter;
    const merge = this.merge;
    void this.runId;
    if (!file || !ins || mappingIssues(m, ins.header).length) {
      this.check = { status: 'idle' };
      return;
    }
    const ctrl = new AbortController();
    this.#controller = ctrl;
    this.check = { status: 'running', progress: { rows: 0, fraction: 0 } };
    const run = {
      signal: ctrl.signal,
      onProgress: (progress: Progress) => {
        if (!ctrl.signal.aborted) this.check = { status: 'running', progress };
      },
    };
    (file.kind === 'csv'
      ? convertCsv(file.text, { delimiter: d, mapping: m, merge }, run)
      : convertRecords(
          sheet?.records ?? [],
          { mapping: m, merge, firstRow: sheet?.firstRow ?? 1 },
          run,
        )
    ).then(
      (result) => {
        if (!ctrl.signal.aborted) this.check = { status: 'done', result };
      },
      (err: unknown) => {
        if (err instanceof ImportCancelled || ctrl.signal.aborted) return;
        this.check = {
          status: 'failed',
          message: err instanceof Error ? err.message : String(err),
        };
      },
    );
    return () => ctrl.abort();
  }

  cancelCheck() {
    this.#controller?.abort();
    this.check = { status: 'cancelled' };
  }

  /** Forget the file (the component empties its file field). */
  reset() {
    this.#controller?.abort();
    this.#controller = null;
    this.loaded = null;
    this.inspection = null;
    this.check = { status: 'idle' };
    this.fileError = null;
  }

  #nameFromFile(name: string): string {
    const base = name
      .replace(/\.[^.]*$/, '')
      .replace(/[-_]+/g, ' ')
      .trim();
    return (base || i18n.t('importer:target.defaultName')).slice(0, 100);
  }

  /** Start the mapping step on a file's header and first rows. */
  #begin(file: File, next: Loaded, ins: RecordsInspection) {
    this.mapping = autoMapping(ins.header);
    this.merge = ins.estimatedRows > MERGE_DEFAULT_ROWS;
    this.cohortName = this.#nameFromFile(file.name);
    this.cohortYear = '';
    this.targetKind = 'new';
    this.cohortIndex = 0;
    this.loaded = next;
    this.inspection = ins;
  }

  /**
   * Read a file the user chose, through the participant-file door (size,
   * kind, decoding, header). True when the mapping step has begun.
   */
  async open(file: File | undefined): Promise<boolean> {
    this.reset();
    this.message = null;
    if (!file) return false;
    try {
      const opened = await openParticipantFile(file, () => (this.reading = true));
      if (!opened.ok) {
        this.fileError = fileProblemText(opened.problems[0]);
        return false;
      }
      const doc = opened.value;
      const named = { name: file.name, size: file.size };
      if (doc.kind === 'xlsx') {
        this.sheetIndex = doc.sheetIndex;
        this.#begin(file, { kind: 'xlsx', ...named, sheets: doc.sheets }, doc.inspection);
      } else {
        this.delimiter = doc.inspection.delimiter;
        const { text, encoding } = doc;
        this.#begin(file, { kind: 'csv', ...named, encoding, text }, doc.inspection);
      }
      return true;
    } finally {
      this.reading = false;
    }
  }

  changeSheet(i: number) {
    if (this.loaded?.kind !== 'xlsx') return;
    const sheet = this.loaded.sheets[i];
    this.sheetIndex = i;
    const ins = inspectRecords(sheet.records, sheet.firstRow);
    this.mapping = autoMapping(ins.header);
    this.inspection = ins;
  }

  changeDelimiter(d: Delimiter) {
    if (this.loaded?.kind !== 'csv') return;
    this.delimiter = d;
    const ins = inspect(this.loaded.text, d);
    this.mapping = autoMapping(ins.header);
    this.inspection = ins;
  }

  /**
   * Apply the checked rows to the draft, if the resulting scenario passes
   * the engine's schema; the outcome is left in `message`. True when the
   * import was done (and the file forgotten).
   */
  doImport(): boolean {
    const result = this.result;
    if (!result || !this.canImport) return false;
    const app = this.app;
    const target = this.target;
    const draft = app.plain;
    const res = applyImport(draft, result.groups, target, result.firstRows);
    if (!res.ok) {
      this.message = { kind: 'error', text: i18n.t('importer:done.refused'), issues: res.issues };
      return false;
    }
    // Imported groups are held as plain data (lib/state/held-groups.svelte.ts), not proxied one by one.
    if (target.kind === 'new')
      app.draft.cohorts.push({ ...res.cohort, groups: hold(res.cohort.groups) });
    else if (target.kind === 'append')
      app.draft.cohorts[res.cohortIndex].groups = hold(res.cohort.groups);
    else {
      // Replacing a cohort's groups drops the ones there: a replacement of the draft, with undo.
      const next = { ...draft, cohorts: [...draft.cohorts] };
      next.cohorts[res.cohortIndex] = {
        ...next.cohorts[res.cohortIndex],
        groups: res.cohort.groups,
      };
      app.replaceDraft(next, 'csv', { name: res.cohort.name, keepWhatIf: true });
    }
    let text = i18n.t('importer:done.imported', {
      participants: i18n.count('participants', result.participants),
      groups: i18n.count('groups', result.groups.length),
      cohort: res.cohort.name,
    });
    if (res.otherIssues.length)
      text += ` ${i18n.t('importer:done.otherIssues', { count: res.otherIssues.length })}`;
    this.message = { kind: 'ok', text, issues: [] };
    this.reset();
    return true;
  }

  /** The file's size as the summary shows it (kB). */
  sizeText(): string {
    return formatNumber((this.loaded?.size ?? 0) / 1024, i18n.lang, 1);
  }
}
