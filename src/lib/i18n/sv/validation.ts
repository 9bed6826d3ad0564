/**
 * Swedish texts of the problems the engine finds in a document, by the code
 * of src/engine/validation.ts; `{{name}}` is a value the problem carries.
 * Worded by src/lib/validation-text.ts.
 */
export const validation = {
  /** What a field should be ("Ska vara {{type}}"). */
  typeName: {
    number: 'ett tal',
    string: 'en text',
    object: 'ett objekt',
    array: 'en lista',
    boolean: 'sant eller falskt',
  },
  required: 'Saknas: fältet är obligatoriskt.',
  missing: 'Saknas: ska vara {{type}}.',
  notANumber: 'Ange ett tal.',
  wrongType: 'Ska vara {{type}}, fick {{received}}.',
  notFinite: 'Måste vara ett ändligt tal.',
  notInteger: 'Måste vara ett heltal.',
  tooSmall: 'Får inte vara mindre än {{min}}.',
  percentMin: 'Får inte vara mindre än {{percent}} ({{min}}).',
  tooLarge: 'Får inte vara större än {{max}}.',
  percentMax: 'Får inte vara större än {{percent}} ({{max}}).',
  empty: 'Får inte vara tom.',
  tooFew: 'Måste ha minst {{min}} element.',
  tooLong: 'Får ha högst {{max}} tecken/element.',
  missingChoice: 'Saknas: ska vara ett av {{allowed}}.',
  unknownValue: 'Okänt värde {{received}}; tillåtna: {{allowed}}.',
  notPersistence:
    'Ska vara en andel 0–1 eller en andel per utfallstyp (work, studies, other), fick {{received}}.',
  invalid: 'Ogiltigt värde ({{type}}).',
  extentsSum: 'Omfattningarna summerar till {{percent}} %; högst 100 % är möjligt.',
  subsidyOnlyForSubsidised: 'Subventionsgrad gäller bara subventionerat arbete.',
  wageOnlyForWork: 'Lön gäller bara arbete.',
  schoolOnlyForStudies: 'Skolform gäller bara studier.',
  unknownResource: 'Okänd resurs "{{item}}": lägg till den som egen resurspost först.',
  financingSum: 'Finansieringsandelarna summerar till {{percent}} %; de måste bli 100 %.',
  idInUse: 'Id "{{id}}" används redan.',
  parameterSetYearTaken: 'Det finns redan en parameteruppsättning för {{year}}.',
  tooManyParticipants: 'För många deltagare totalt ({{total}}); högst {{max}}.',
  notAnObject: 'Dokumentet är inte ett JSON-objekt.',
  notAScenario: 'Inte ett Nyttokalkyl-scenario (format ska vara "{{format}}").',
  invalidVersion: 'Ogiltig formatversion.',
  newerVersion:
    'Filen har formatversion {{version}}, nyare än den här versionen av Nyttokalkyl ({{supported}}). Uppdatera appen.',
  knownCaseCost: 'Ange insatskostnaden: budget (exkl. indirekta skatter) eller samhällets kostnad.',
  knownCaseRevenue: 'Ange den årliga intäkten för minst en aktör.',
  scenarioNotKept: 'Scenariot saknas i beräkningsmotorn; det skickas på nytt.',
  /** A problem with where it is, in a one-line list (the CLI, a table cell). */
  atPath: '{{path}}: {{message}}',
};
