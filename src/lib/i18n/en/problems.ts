/**
 * English texts of problems found at a door: what a CSV or Excel row, cell
 * or column mapping gets wrong, and the list that shows any door's problems.
 */
import type { problems as sv } from '../sv/problems';

export const problems: typeof sv = {
  csv: {
    chooseColumn: 'Choose the column for "{{field}}".',
    columnMissing: 'The column for "{{field}}" is not in the file.',
    columnTwice: 'Column "{{column}}" is chosen for both "{{first}}" and "{{second}}".',
    cellTooLong: 'the cell is too long ({{length}} characters; at most {{max}})',
    tooManySources: 'too many income sources ({{count}}; at most {{max}})',
    cannotRead: 'cannot read {{part}} (write source:extent, e.g. arbete:50)',
    unknownSource: 'unknown income source {{name}}',
    extentNotNumber: 'the extent {{extent}} is not a number in per cent',
    extentRange: 'the extent {{pct}}% for {{name}} must be 0–100%',
    cellSubsidyRange: 'the subsidy share {{value}} must be 0–100%',
    unknownSchool: 'unknown kind of school {{value}} (komvux, gymnasium, folkhögskola, högskola)',
    extraNotAllowed:
      '{{value}} after the extent applies only to subsidised work (subsidy share) and studies (kind of school)',
    extentsSum: 'the extents sum to {{pct}}%; at most 100% is possible',
    countNotInteger: 'the count {{value}} is not a whole number',
    countRange: 'the count must be 1–{{max}}, got {{count}}',
    unknownGender: 'unknown gender {{value}} (write kvinna/woman, man or annat/other)',
    subsidyRange: 'the subsidy share {{value}} must be a number 0–100%',
    emptyCell: 'empty cell: give the income source, e.g. "ingen" (none) or "arbete:100"',
    unreadableRow: 'the row could not be read as CSV ({{problem}}); check the quotes',
    cohortGone: 'The cohort no longer exists.',
    atRow: 'Row {{row}}: {{message}}',
    atRowColumn: 'Row {{row}}, column {{column}}: {{message}}',
    subsidy: 'subsidy',
  },
  list: {
    label: 'Problems',
    noPath: '–',
    more_one: '… and {{count}} more problem.',
    more_other: '… and {{count}} more problems.',
  },
};
