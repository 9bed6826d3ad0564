/**
 * Every parameter and catalogue entry the engine knows by id has its name in
 * both languages in the i18n resources.
 */
import { describe, expect, it } from 'vitest';
import { INCOME_SOURCES, PARAM_IDS, RESOURCE_ITEMS, SCHOOLS } from '../engine';
import {
  paramLabel,
  resourceLabel,
  resourceUnit,
  schoolLabel,
  sourceLabel,
  sourceShort,
} from './labels';

const LANGS = ['sv', 'en'] as const;

describe('names of the engine’s ids', () => {
  it.each(PARAM_IDS)('parameter %s has a label in both languages', (id) => {
    for (const lang of LANGS) expect(paramLabel(id, lang).length).toBeGreaterThan(1);
    expect(paramLabel(id, 'sv')).not.toBe(id);
    expect(paramLabel(id, 'en')).not.toBe(id);
  });

  it('income sources, schools and resource items have names in both languages', () => {
    for (const lang of LANGS) {
      for (const s of INCOME_SOURCES) {
        expect(sourceLabel(s, lang)).not.toBe(s);
        expect(sourceShort(s, lang)).not.toBe(s);
      }
      for (const s of SCHOOLS) expect(schoolLabel(s, lang)).not.toBe(s);
      for (const r of RESOURCE_ITEMS) {
        expect(resourceLabel(r, lang)).not.toBe(r);
        expect(resourceUnit(r, lang).length).toBeGreaterThan(1);
      }
    }
  });

  it('reads the resources by language', () => {
    expect(paramLabel('prisbasbelopp', 'sv')).toBe('Prisbasbelopp');
    expect(paramLabel('prisbasbelopp', 'en')).toBe('Price base amount');
    expect(sourceShort('subventioneratArbete', 'sv')).toBe('Subv. arbete');
    expect(resourceUnit('psykiatriVarddygn', 'en')).toBe('days/year');
  });
});
