/**
 * Valued situations kept between prepared scenarios. An edit to one group of
 * a large calculation prepares the scenario again, yet almost every distinct
 * situation in it was valued the moment before: a store passed to `prepare`
 * lets the new evaluation reuse those values. A value is kept under its
 * situation's key and a signature of everything its valuation reads — the
 * parameter values and year, the scenario's own resource items, the age band,
 * who pays activity support, and the factor to the price year — so a change
 * to any of them values the situations afresh.
 */
import type { AgeBand } from '../catalogue';
import type { CustomResource, ParameterSet } from '../schema';

export class ValueStore {
  readonly #contexts = new Map<string, number>();
  readonly #values = new Map<string, Float64Array>();

  /** At most this many values are kept; the store starts over when it is full. */
  constructor(readonly maxValues = 50_000) {}

  /** The store's number for a valuation context, from what its valuation reads. */
  contextId(
    set: ParameterSet,
    custom: readonly CustomResource[],
    ageBand: AgeBand | undefined,
    activitySupportPayer: string,
    priceFactor: number,
  ): number {
    const signature = JSON.stringify([
      set.setId,
      set.year,
      set.values,
      custom,
      ageBand ?? null,
      activitySupportPayer,
      priceFactor,
    ]);
    let id = this.#contexts.get(signature);
    if (id === undefined) this.#contexts.set(signature, (id = this.#contexts.size));
    return id;
  }

  get(context: number, situationKey: string): Float64Array | undefined {
    return this.#values.get(`${context}|${situationKey}`);
  }

  set(context: number, situationKey: string, value: Float64Array): void {
    if (this.#values.size >= this.maxValues) this.#values.clear();
    this.#values.set(`${context}|${situationKey}`, value);
  }

  /** Number of values kept. */
  get size(): number {
    return this.#values.size;
  }
}
