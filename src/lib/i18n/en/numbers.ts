/** English texts of numbers: formatting (src/lib/format.ts) and the number parser (src/lib/parse-number.ts). */
import type { numbers as sv } from '../sv/numbers';

export const numbers: typeof sv = {
  format: {
    locale: 'en-GB',
    /** The column separator and decimal mark of that language's spreadsheets (Excel's list separator). */
    csvDelimiter: ',',
    csvDecimal: '.',
    kr: '{{n}} SEK',
    mkr: '{{n}} MSEK',
    percent: '{{n}}%',
    notReached: 'not reached',
  },
  payback: {
    months: '{{months}} months',
    monthsShort: '{{months}} mo',
    monthsLong: '{{months}} months',
    notReached: 'Not reached',
  },
  notANumber: '"{{text}}" is not a number. Write for example {{example}}.',
  grouping:
    'The digits of "{{text}}" cannot be read: write thousands in groups of three, for example 1,234,567.',
  separators:
    'The separators in "{{text}}" cannot be read: use a decimal point, for example 1,234.5.',
  unknownUnit:
    'Unknown unit "{{unit}}" in "{{text}}". Write the number only, for example {{example}}.',
  unitNotHere:
    'The unit "{{unit}}" does not belong here. Write the number only, for example {{example}}.',
  tooLarge: '"{{text}}" is too large to calculate with.',
  examples: {
    number: '12 or 1,234',
    amount: '2,279,000, SEK 2,279,000 or 2.5m',
    percent: '25 or 37.5%',
  },
};
