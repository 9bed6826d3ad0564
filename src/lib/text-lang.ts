/**
 * Which of the app's two languages a short text of the rule data is written
 * in. The parameter notes come as one string without a language tag, some
 * in Swedish and some in English; the interface marks a note that is not in
 * the reader's language ("(in Swedish)") and tags it for screen readers.
 * Decided by the function words of each language, which every sentence has.
 */
const SV = new Set([
  'och',
  'för',
  'av',
  'är',
  'med',
  'som',
  'den',
  'det',
  'på',
  'till',
  'inte',
  'från',
  'ett',
  'en',
  'vid',
  'per',
  'år',
  'samma',
  'mot',
  'när',
  'ej',
  'eller',
  'om',
  'där',
  'så',
  'alla',
]);
const EN = new Set([
  'the',
  'and',
  'of',
  'is',
  'with',
  'from',
  'to',
  'at',
  'was',
  'not',
  'for',
  'each',
  'an',
  'in',
  'by',
  'on',
  'are',
  'its',
  'here',
  'same',
  'when',
  'or',
  'as',
  'per',
  'year',
]);

/** 'en' when the text reads as English, else 'sv' (the rule data's own language). */
export function textLang(text: string): 'sv' | 'en' {
  let sv = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (SV.has(word)) sv++;
    if (EN.has(word)) en++;
  }
  return en > sv ? 'en' : 'sv';
}
