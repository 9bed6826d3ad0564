/**
 * The app's own text lookup (it replaced i18next to fit the size budget):
 * plurals, interpolation, English falling back to Swedish, and keys that are
 * not texts (prototype names) never reaching Object.prototype.
 */
import { describe, expect, test, vi } from 'vitest';
import { I18n, translate } from './index.svelte';

describe('translate', () => {
  test.each([
    ['sv', 1, '1 version'],
    ['sv', 2, '2 versioner'],
    ['sv', 0, '0 versioner'],
    ['en', 1, '1 version'],
    ['en', 5, '5 versions'],
    // A count already formatted as text ("12 345") takes the "other" form.
    ['sv', '12 345', '12 345 versioner'],
  ] as const)('%s, count %s → %s', (lang, count, expected) => {
    expect(translate(lang, 'snapshots:list.count', { count })).toBe(expected);
  });

  test('interpolates by name; a missing value leaves its placeholder', () => {
    expect(translate('en', 'app:status.latency', { ms: 12 })).toBe('Calculated in 12 ms');
    expect(translate('sv', 'app:status.latency')).toBe('Beräknat på {{ms}} ms');
    expect(translate('sv', 'app:status.latency', {})).toBe('Beräknat på {{ms}} ms');
  });

  test('values are inserted as text, never interpreted', () => {
    const hostile = '<img src=x onerror=alert(1)>{{ms}}$&';
    expect(translate('en', 'app:status.latency', { ms: hostile })).toBe(
      `Calculated in ${hostile} ms`,
    );
  });

  test('an unknown key or a prototype name gives the path back, not an object member', () => {
    expect(translate('en', 'app:status.nope')).toBe('status.nope');
    for (const key of ['app:__proto__', 'app:constructor', 'app:status.toString', 'nope:x']) {
      expect(translate('sv', key)).toBe(key.slice(key.indexOf(':') + 1));
    }
    expect(translate('sv', 'app:status.latency', { toString: 'x' })).toBe('Beräknat på {{ms}} ms');
  });
});

describe('counts with their noun in the right number', () => {
  test.each([
    ['sv', 'groups', 1, '1 grupp'],
    ['sv', 'groups', 2, '2 grupper'],
    ['sv', 'groups', 0, '0 grupper'],
    ['sv', 'participants', 1, '1 deltagare'],
    ['sv', 'participants', 63, '63 deltagare'],
    ['sv', 'persons', 1, '1 person'],
    ['sv', 'persons', 114, '114 personer'],
    ['sv', 'rows', 1, '1 rad'],
    ['sv', 'dataRows', 7, '7 datarader'],
    ['sv', 'valid', 1, '1 giltig'],
    ['sv', 'valid', 2, '2 giltiga'],
    ['en', 'groups', 1, '1 group'],
    ['en', 'participants', 1, '1 participant'],
    ['en', 'participants', 2, '2 participants'],
    // Large counts are grouped as the language writes them, and take the plural.
    ['sv', 'persons', 12345, '12\u00a0345 personer'],
    ['en', 'rows', 12345, '12,345 rows'],
  ] as const)('%s: %s %d → %s', (lang, noun, n, expected) => {
    const i18n = new I18n();
    i18n.lang = lang;
    expect(i18n.count(noun, n)).toBe(expected);
  });

  test.each([
    [
      'inputs:cohort.confirmRemove',
      1,
      'Ta bort kohorten ”A” med dess 1 grupp? Det går inte att ångra.',
    ],
    [
      'inputs:cohort.confirmRemove',
      3,
      'Ta bort kohorten ”A” med dess 3 grupper? Det går inte att ångra.',
    ],
    ['analyses:breakEven.yearsForPersons', 1, 'År för 1 person'],
    ['analyses:breakEven.yearsForPersons', 10, 'År för 10 personer'],
    ['uncertainty:monteCarlo.neverNote', 1, ' 1 dragning betalar aldrig tillbaka kostnaden.'],
    ['importer:preview.caption', 1, 'Den första raden som den kommer att läsas in.'],
  ] as const)('sv %s with %d', (key, count, expected) => {
    expect(translate('sv', key, { count, name: 'A' })).toBe(expected);
  });
});

/**
 * The English texts are a chunk of their own, fetched when a reader chooses
 * English. Each test takes a fresh copy of the module (the test setup has
 * loaded English into the shared one), so English starts out not loaded.
 */
describe('English on demand', () => {
  const fresh = async () => {
    vi.resetModules();
    return import('./index.svelte');
  };

  test('until loaded, English reads as Swedish; a message made meanwhile is English once it is', async () => {
    const m = await fresh();
    expect(m.resources.en).toBeUndefined();
    expect(m.translate('en', 'app:tabs.results')).toBe('Resultat');
    const message = m.inBothLanguages('app:tabs.results');
    expect(message.en).toBe('Resultat');
    await m.loadLanguage('en');
    expect(m.translate('en', 'app:tabs.results')).toBe('Results');
    expect(message).toEqual({ sv: 'Resultat', en: 'Results' });
  });

  test('switching to English waits for its texts; the page stays Swedish meanwhile', async () => {
    localStorage.removeItem('nyttokalkyl.lang');
    const m = await fresh();
    const i18n = new m.I18n();
    const switched = i18n.switchTo('en');
    expect(i18n.lang).toBe('sv');
    expect(i18n.t('app:tabs.results')).toBe('Resultat');
    await switched;
    expect(i18n.lang).toBe('en');
    expect(i18n.t('app:tabs.results')).toBe('Results');
    expect(localStorage.getItem('nyttokalkyl.lang')).toBe('en');
    // Loaded once, switching back and forth is immediate.
    i18n.toggle();
    expect(i18n.lang).toBe('sv');
    i18n.toggle();
    expect(i18n.lang).toBe('en');
    localStorage.removeItem('nyttokalkyl.lang');
  });

  test('texts that cannot be fetched leave the page in Swedish and say so; a later try can succeed', async () => {
    vi.doMock('./en', () => {
      throw new Error('offline');
    });
    const m = await fresh();
    const i18n = new m.I18n();
    await i18n.switchTo('en');
    expect(i18n.lang).toBe('sv');
    expect(i18n.failed).toBe('en');
    expect(m.resources.en).toBeUndefined();
    vi.doUnmock('./en');
    await i18n.switchTo('en');
    expect(i18n.lang).toBe('en');
    expect(i18n.failed).toBeNull();
    localStorage.removeItem('nyttokalkyl.lang');
  });

  test('a reader who chose English starts in English, or in Swedish for the visit when it cannot be fetched', async () => {
    localStorage.setItem('nyttokalkyl.lang', 'en');
    vi.doMock('./en', () => {
      throw new Error('offline');
    });
    const offline = new (await fresh()).I18n();
    await offline.ready();
    expect(offline.lang).toBe('sv');
    expect(offline.failed).toBe('en');
    // The choice is kept for the next visit.
    expect(localStorage.getItem('nyttokalkyl.lang')).toBe('en');
    vi.doUnmock('./en');
    const online = new (await fresh()).I18n();
    await online.ready();
    expect(online.lang).toBe('en');
    expect(online.failed).toBeNull();
    expect(online.t('app:tabs.results')).toBe('Results');
    localStorage.removeItem('nyttokalkyl.lang');
  });
});
