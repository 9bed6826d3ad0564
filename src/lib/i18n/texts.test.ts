/**
 * What the interface says, checked as a whole: the English texts hold no
 * Swedish sentence and write kronor as SEK, and no text (nor a parameter's
 * source or note) refers the user to the developers' documents.
 */
import { describe, expect, it } from 'vitest';
import { textsFor } from './index.svelte';
import { paramDefsFor, PARAM_IDS, RULE_YEARS } from '../../engine';

function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}
const texts = (lang: 'sv' | 'en') =>
  Object.entries(textsFor(lang)).flatMap(([ns, tree]) =>
    leaves(tree).map(([k, t]): [string, string] => [`${ns}:${k}`, t]),
  );
/** The button that switches to Swedish is named in Swedish ("På svenska"), as such buttons are. */
const SWITCH = ['app:switchLanguage', 'app:switchLanguageLabel'];

/** Swedish function words: one of them in an English text means a Swedish sentence slipped in. */
const SWEDISH =
  /(^|[\s(])(och|för|inte|är|att|av|med|som|till|på|det|den|eller|från|vid)(?=[\s,.:;)]|$)/i;
const DEVELOPER_DOCS = /\b[A-Z][A-Z-]+\.md\b|\bREADME\b|\bMODEL\.md/;

describe('the interface texts', () => {
  it('in English hold no Swedish sentence', () => {
    const swedish = texts('en').filter(([k, t]) => !SWITCH.includes(k) && SWEDISH.test(t));
    expect(swedish).toEqual([]);
  });

  it('in English write kronor as SEK, never "kr"', () => {
    expect(texts('en').filter(([, t]) => /\d\s?kr\b|\(kr\)|\bkr\//.test(t))).toEqual([]);
  });

  it('never refer to a developer document', () => {
    for (const lang of ['sv', 'en'] as const)
      expect(texts(lang).filter(([, t]) => DEVELOPER_DOCS.test(t))).toEqual([]);
  });

  it('nor do the parameters’ sources and notes, in any year', () => {
    const found: string[] = [];
    for (const year of RULE_YEARS) {
      const defs = paramDefsFor(year);
      for (const id of PARAM_IDS) {
        const d = defs[id];
        for (const t of [d.source.document, d.source.publisher, d.note ?? ''])
          if (DEVELOPER_DOCS.test(t) || /docs\//.test(t)) found.push(`${year} ${id}: ${t}`);
      }
    }
    expect(found).toEqual([]);
  });
});
