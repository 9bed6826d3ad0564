/**
 * Swedish texts of the number parser (src/lib/parse-number.ts): why a typed or
 * pasted number could not be read. `{{text}}` is what the user wrote.
 */
export const numbers = {
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
