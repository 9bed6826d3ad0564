/**
 * Swedish texts of numbers: how src/lib/format.ts writes an amount, a share
 * and a payback not reached (`format`, `{{n}}` is the formatted number), a
 * payback time (`payback`), and
 * why the number parser (src/lib/parse-number.ts) could not read a typed or
 * pasted number (`{{text}}` is what the user wrote).
 */
export const numbers = {
  format: {
    /** The BCP 47 locale Intl formats numbers and dates with. */
    locale: 'sv-SE',
    /** The column separator and decimal mark of that language's spreadsheets (Excel's list separator). */
    csvDelimiter: ';',
    csvDecimal: ',',
    kr: '{{n}} kr',
    mkr: '{{n}} mkr',
    percent: '{{n}} %',
    notReached: 'neg.',
  },
  /** A payback time as src/lib/format.ts `formatPayback` writes it; `{{months}}` is the number. */
  payback: {
    months: '{{months}} mån',
    /** Where space is tight (a chart, an analysis table). */
    monthsShort: '{{months}} mån',
    /** Spelled out (the printed report). */
    monthsLong: '{{months}} månader',
    /** Not reached, as a key figure says it; the short form is `format.notReached`. */
    notReached: 'Nås inte',
  },
  notANumber: '"{{text}}" är inte ett tal. Skriv till exempel {{example}}.',
  grouping:
    'Siffrorna i "{{text}}" går inte att läsa: skriv tusental i grupper om tre, till exempel 1 234 567.',
  separators:
    'Skiljetecknen i "{{text}}" går inte att läsa: använd decimalkomma, till exempel 1 234,5.',
  unknownUnit: 'Okänd enhet "{{unit}}" i "{{text}}". Skriv bara talet, till exempel {{example}}.',
  unitNotHere: 'Enheten "{{unit}}" passar inte här. Skriv bara talet, till exempel {{example}}.',
  tooLarge: '"{{text}}" är för stort för att räknas med.',
  examples: {
    number: '12 eller 1 234',
    amount: '2 279 000, 2 279 000 kr eller 2,5 mkr',
    percent: '25 eller 37,5 %',
  },
};
