/**
 * The vocabulary of the ledger (MODEL.md §2): an entry — real (a resource
 * created or consumed) or financial (money moved between two parties) — and
 * the context a situation is booked in (the year's parameters, the
 * scenario's own resources, the age band and who pays activity support).
 */
import type { AgeBand } from './catalogue';
import type { ParamValues } from './parameters';
import type { CustomResource } from './schema';
import type { Component, Party } from './types';

export type LedgerEntry =
  | {
      kind: 'real';
      component: Component;
      /** Who creates (amount > 0) or consumes (amount < 0) the resource. */
      bearer: Party;
      amount: number;
      source: string;
    }
  | {
      kind: 'financial';
      component: Component;
      from: Party;
      to: Party;
      amount: number;
      source: string;
    };

export interface LedgerContext {
  params: ParamValues;
  customResources: ReadonlyMap<string, CustomResource>;
  /** The participants' age band, for the employer contributions of young people. */
  ageBand?: AgeBand;
  /** Who is booked for aktivitetsstöd and utvecklingsersättning (MODEL.md §4). */
  activitySupportPayer: 'fk' | 'af';
}

export function makeContext(
  params: ParamValues,
  custom: readonly CustomResource[] = [],
  options: { ageBand?: AgeBand; activitySupportPayer?: 'fk' | 'af' } = {},
): LedgerContext {
  return {
    params,
    customResources: new Map(custom.map((c) => [c.id, c])),
    ...(options.ageBand ? { ageBand: options.ageBand } : {}),
    activitySupportPayer: options.activitySupportPayer ?? 'fk',
  };
}
