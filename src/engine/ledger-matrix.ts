/**
 * A compact value of a situation: the net effect of its ledger entries per
 * party and component, plus society's real effect per component, in one flat
 * array — what the evaluation sums over participants.
 */
import type { LedgerEntry } from './ledger-entry';
import { COMPONENTS, PARTIES, type Component, type Party } from './types';

/** Row index of society's real effect. */
export const SOCIETY_ROW = PARTIES.length;
export const N_ROWS = PARTIES.length + 1;
export const N_COMPONENTS = COMPONENTS.length;
export const CELL_SIZE = N_ROWS * N_COMPONENTS;

const PARTY_INDEX = Object.fromEntries(PARTIES.map((p, i) => [p, i])) as Record<Party, number>;
const COMPONENT_INDEX = Object.fromEntries(COMPONENTS.map((c, i) => [c, i])) as Record<
  Component,
  number
>;

export const partyRow = (p: Party) => PARTY_INDEX[p];

/** Net effect of the entries per party (and society's real total) per component. */
export function summarise(entries: readonly LedgerEntry[]): Float64Array {
  const m = new Float64Array(CELL_SIZE);
  for (const e of entries) {
    const c = COMPONENT_INDEX[e.component];
    if (e.kind === 'real') {
      m[PARTY_INDEX[e.bearer] * N_COMPONENTS + c] += e.amount;
      m[SOCIETY_ROW * N_COMPONENTS + c] += e.amount;
    } else {
      m[PARTY_INDEX[e.from] * N_COMPONENTS + c] -= e.amount;
      m[PARTY_INDEX[e.to] * N_COMPONENTS + c] += e.amount;
    }
  }
  return m;
}

export function rowTotal(m: Float64Array, row: number): number {
  let s = 0;
  for (let c = 0; c < N_COMPONENTS; c++) s += m[row * N_COMPONENTS + c];
  return s;
}
