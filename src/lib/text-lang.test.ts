/** The language of the rule data's notes, as the parameter table marks them. */
import { describe, expect, it } from 'vitest';
import { textLang } from './text-lang';

describe('textLang', () => {
  it.each([
    ['The total 32,41 % is SCB’s; the split was not confirmed here.', 'en'],
    ['SCB’s rounded parts sum to 32,11; its total is 32,12.', 'en'],
    [
      'April–December at 10,21 % + half of the other 21,21 points, each halved component truncated to two decimals (lag 2026:100 2 §) = 20,81 %.',
      'en',
    ],
    ['Uppskattning från bidrag per deltagarvecka × 34 veckor plus regionbidrag.', 'sv'],
    ['Schablon; neutral i kalkylen så länge den är densamma före och efter.', 'sv'],
    ['Mellan billiga (hum/sam) och dyra (teknik/medicin) utbildningsområden.', 'sv'],
    ['7 514 mkr (UO14 1:1) / ≈ 373 000 inskrivna arbetslösa.', 'sv'],
    ['', 'sv'],
  ])('%s → %s', (text, lang) => expect(textLang(text)).toBe(lang));
});
