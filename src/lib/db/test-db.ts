/**
 * Test support: a fresh database on its own in-memory fake-indexeddb, set as
 * the app's singleton, and a valid scenario with the engine's figures.
 * Imported only by tests (fake-indexeddb is a dev dependency).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { evaluateScenario, exampleScenario, parseScenario, type Scenario } from '../../engine';
import { NyttokalkylDb, setDb, type StoredFigures } from './db';
import { figuresFrom } from './snapshots';

let n = 0;

/** A new, empty database (its own IndexedDB factory), installed as `getDb()`. */
export function freshDb(factory: IDBFactory = new IDBFactory()): NyttokalkylDb {
  const db = new NyttokalkylDb(`test-${++n}`, { indexedDB: factory, IDBKeyRange });
  setDb(db);
  return db;
}

/** The example scenario, edited by `mutate`, with the engine's figures for it. */
export function scenarioAndFigures(mutate: (s: Scenario) => void = () => {}): {
  scenario: Scenario;
  figures: StoredFigures;
} {
  const draft = exampleScenario();
  mutate(draft);
  const parsed = parseScenario(JSON.parse(JSON.stringify(draft)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { scenario: parsed.value, figures: figuresFrom(evaluateScenario(parsed.value)) };
}
