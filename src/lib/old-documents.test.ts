/**
 * Documents written by version 1 of the format (one se-2025 parameter set for
 * every cohort, before rules by year), made with that version of the app and
 * kept in tests/fixtures/v1: a saved-versions export and a share link still
 * open, keep every value they carried, and value as they were pinned.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateScenario, SCENARIO_VERSION } from '../engine';
import { importFile, listSnapshots } from './db/snapshots';
import { freshDb } from './db/test-db';
import { scenarioFromFragment } from './share';

const fixture = (name: string) =>
  readFileSync(resolve(__dirname, '../../tests/fixtures/v1', name), 'utf8');

describe('a version-1 saved-versions export', () => {
  beforeEach(() => {
    freshDb();
  });

  it('imports, migrated, with the edited value and the pinned 2025 set', async () => {
    const r = await importFile(fixture('snapshots-v1.json'));
    expect(r.ok).toBe(true);
    const [row] = await listSnapshots();
    expect(row.name).toBe('Version 1-kalkyl');
    expect(row.notes).toBe('sparad före regler per år');
    expect(row.scenario.version).toBe(SCENARIO_VERSION);
    expect(row.scenario.parameters?.setId).toBe('se-2025');
    // The user's edit in the old version travels with it.
    expect(row.scenario.parameters?.values.costPrimaryCareVisit).toBe(1_800);
    const result = evaluateScenario(row.scenario);
    expect(result.parameterSetId).toBe('se-2025');
    expect(result.priceYear).toBe(2025);
  });
});

describe('a version-1 share link', () => {
  it('opens, migrated, with its what-if setting and pinned set', () => {
    const r = scenarioFromFragment(fixture('share-fragment-v1.txt').trim());
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.scenario.title).toBe('Balder-liknande kalkyl (sparad med version 1)');
    expect(r.scenario.parameters?.values.costPrimaryCareVisit).toBe(1_800);
    expect(r.scenario.whatIf.studiesToWorkShare).toBe(0.5);
  });
});
