/**
 * Swedish texts of problems found at a door: what a CSV or Excel row, cell
 * or column mapping gets wrong (built in both languages by
 * lib/import/messages.ts, since a row error carries both), and the list
 * that shows any door's problems (ui/import/problem-list.svelte).
 */
export const problems = {
  csv: {
    chooseColumn: 'Välj vilken kolumn som är "{{field}}".',
    columnMissing: 'Kolumnen för "{{field}}" finns inte i filen.',
    columnTwice: 'Kolumnen "{{column}}" är vald för både "{{first}}" och "{{second}}".',
    cellTooLong: 'cellen är för lång ({{length}} tecken; högst {{max}})',
    tooManySources: 'för många försörjningar ({{count}}; högst {{max}})',
    cannotRead: 'kan inte läsa {{part}} (skriv källa:omfattning, t.ex. arbete:50)',
    unknownSource: 'okänd försörjning {{name}}',
    extentNotNumber: 'omfattningen {{extent}} är inte ett tal i procent',
    extentRange: 'omfattningen {{pct}} % för {{name}} ska vara 0–100 %',
    cellSubsidyRange: 'subventionsgraden {{value}} ska vara 0–100 %',
    unknownSchool: 'okänd skolform {{value}} (komvux, gymnasium, folkhögskola, högskola)',
    extraNotAllowed:
      '{{value}} efter omfattningen gäller bara subventionerat arbete (subventionsgrad) och studier (skolform)',
    extentsSum: 'omfattningarna summerar till {{pct}} %; högst 100 % är möjligt',
    countNotInteger: 'antalet {{value}} är inte ett heltal',
    countRange: 'antalet ska vara 1–{{max}}, fick {{count}}',
    unknownGender: 'okänt kön {{value}} (skriv kvinna, man eller annat)',
    subsidyRange: 'subventionsgraden {{value}} ska vara ett tal 0–100 %',
    emptyCell: 'tom cell: ange försörjningen, t.ex. "ingen" eller "arbete:100"',
    unreadableRow: 'raden kunde inte läsas som CSV ({{problem}}); kontrollera citattecknen',
    cohortGone: 'Kohorten finns inte längre.',
    atRow: 'Rad {{row}}: {{message}}',
    atRowColumn: 'Rad {{row}}, kolumn {{column}}: {{message}}',
    subsidy: 'subvention',
  },
  list: {
    label: 'Problem',
    noPath: '–',
    more_one: '… och {{count}} fel till.',
    more_other: '… och {{count}} fel till.',
  },
};
