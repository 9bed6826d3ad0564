/**
 * Every size limit of the app's doors in one table: how large a file, link,
 * cell or list from outside may be before it is refused or cut. A door reads
 * its limit from here, so a limit is changed in one place and the doors can
 * be compared at a glance (STYLE.md §8: nothing unbounded is parsed).
 *
 * The figures are in bytes, characters or items, as the name says.
 */

const MB = 1024 * 1024;

export const LIMITS = {
  /** A scenario file opened from the file menu (bytes). */
  scenarioFileBytes: 50 * MB,
  /**
   * A versions export file (bytes, UTF-8): it is parsed whole before anything is written. A
   * version of 100 000 participants is ≈ 32 MB (its groups written compact); an export of
   * three such versions fits.
   */
  versionsFileBytes: 100 * MB,
  /** Versions in one export file. */
  versionsPerFile: 10_000,
  /** A saved version's name and notes (characters); a portfolio's are the same. */
  nameChars: 200,
  notesChars: 5000,
  /** Members of one portfolio: a portfolio is read by a board, not a database. */
  portfolioMembers: 1000,
  /** A CSV file of participants (bytes). */
  csvFileBytes: 50 * MB,
  /** An Excel workbook (bytes): the whole workbook is unpacked in memory. */
  xlsxFileBytes: 20 * MB,
  /** A CSV cell (characters); longer cells are refused. */
  csvCellChars: 1000,
  /** A label (group, intervention) taken from a CSV cell (characters). */
  csvLabelChars: 200,
  /** An Excel cell's text kept; longer is cut (the row checks refuse over `csvCellChars` anyway). */
  xlsxCellChars: 10_000,
  /** Row errors kept from one import; past this the import stops counting. */
  csvRowErrors: 1000,
  /** A share link's scenario JSON (characters), before and after decompression. */
  shareJsonChars: 2 * MB,
  /** Links longer than this are cut by some mail programs; the UI warns. */
  shareLongLinkChars: 8000,
  /** Validation problems listed one by one before "… and N more". */
  listedIssues: 20,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Bytes as megabytes, to one decimal (what a size message shows). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
