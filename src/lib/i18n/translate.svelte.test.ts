/**
 * The app's own text lookup (it replaced i18next to fit the size budget, issue 7):
 * plurals, interpolation, English falling back to Swedish, and keys that are
 * not texts (prototype names) never reaching Object.prototype.
 */
import { describe, expect, test } from 'vitest';
import { translate } from './index.svelte';

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
    expect(translate('sv', 'app:status.latency', { toString: 'x' } as never)).toBe(
      'Beräknat på {{ms}} ms',
    );
  });
});
