/**
 * Where the key figures go while there are none, the words say why: a calculation whose
 * inputs have errors is not being computed, and must not be said to be.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n/index.svelte';
import { noFiguresKey } from './no-figures';

describe('the place of the key figures without figures', () => {
  it('says they are being computed only while they are', () => {
    expect(translate('sv', noFiguresKey('computing'))).toBe('Beräknar nyckeltalen …');
    expect(translate('en', noFiguresKey('computing'))).toBe('Calculating the key figures …');
  });

  it('points to the inputs when they have errors', () => {
    expect(translate('sv', noFiguresKey('outdated'))).toBe(
      'Nyckeltalen visas när felen i indata är rättade.',
    );
    expect(translate('en', noFiguresKey('outdated'))).toBe(
      'The key figures appear once the errors in the inputs are corrected.',
    );
  });

  it('says so when they could not be computed', () => {
    expect(translate('sv', noFiguresKey('failed'))).toBe('Nyckeltalen kunde inte beräknas.');
    expect(translate('en', noFiguresKey('failed'))).toBe(
      'The key figures could not be calculated.',
    );
  });
});
