/**
 * The reduced form of a prepared scenario for the Monte Carlo fast path
 * (MODEL.md §10): the participants at exit reduced once to what a valuation
 * needs — the distinct income items (whose entries are linear in the
 * parameters), the distinct combinations of items that are taxed together
 * (income tax is not linear) and the resource uses, each with its weight:
 * participants × what-if weight, signed (+ after, − before), per outcome
 * type and side (with and without the delayed studies → work). The what-if
 * weights are evaluation/what-if.ts's, as the full evaluation uses them.
 */
import { beforeRowsByOutcome, outcomeOf } from '../evaluation/basis';
import { contextIndexOfKey, type Prepared } from '../evaluation/prepare';
import {
  afterVariant,
  careReductions,
  conversionWeights,
  delayedWeights,
  isDelayed,
  movedToType,
  participantsOnSideA,
  STUDIES,
  subsidyShareFor,
  WORK,
  type Kind,
} from '../evaluation/what-if';
import { registrationTopUp, situationKey } from '../ledger';
import type { IncomeItem, Situation, WhatIf } from '../schema';
import { OUTCOMES, PERSPECTIVES, type Perspective } from '../types';

export const NP = PERSPECTIVES.length;
export const PI = Object.fromEntries(PERSPECTIVES.map((p, i) => [p, i])) as Record<
  Perspective,
  number
>;
export const NO = OUTCOMES.length;
/** Slots: side A (all what-ifs) per outcome type, then side B (before the delayed studies → work). */
export const SLOTS = 2 * NO;

interface Weighted {
  w: Float64Array;
}

export interface Reduced {
  /** Distinct income items per valuation context (`cx`, an index into `prep.contexts`). */
  items: (Weighted & { item: IncomeItem; cx: number })[];
  /** Items taxed together (one person's income), by index into `items`. */
  profiles: (Weighted & { items: number[]; cx: number })[];
  /** Resource uses: weight × quantity; `#registration`: Af's handling of registered job seekers. */
  resources: (Weighted & { item: string; cx: number })[];
  delayed: boolean;
}

export const REGISTRATION = '#registration';

export function reduce(prep: Prepared, w: WhatIf): Reduced {
  const a = prep.timePoints.exit;
  const delayed = isDelayed(w);
  const items = new Map<string, Weighted & { item: IncomeItem; index: number; cx: number }>();
  const profiles = new Map<string, Weighted & { items: number[]; cx: number }>();
  const resources = new Map<string, Weighted & { item: string; cx: number }>();
  const slotArray = () => new Float64Array(SLOTS);
  const resource = (cx: number, item: string, slot: number, amount: number) => {
    const k = `${cx}|${item}`;
    let entry = resources.get(k);
    if (!entry) resources.set(k, (entry = { item, cx, w: slotArray() }));
    entry.w[slot] += amount;
  };

  /** Add weight × situation `s` of context `cx`, carried to the price year. */
  const addIn = (cx: number, s: Situation, slot: number, weight: number) => {
    if (!weight) return;
    weight *= prep.contexts[cx].priceFactor;
    const ids: number[] = [];
    for (const i of s.income) {
      if (!(i.extent > 0)) continue;
      const k = `${cx}|${situationKey({ income: [i], resources: [] })}`;
      let entry = items.get(k);
      if (!entry) items.set(k, (entry = { item: i, cx, w: slotArray(), index: items.size }));
      entry.w[slot] += weight;
      ids.push(entry.index);
    }
    if (ids.length) {
      ids.sort((x, y) => x - y);
      const k = ids.join(',');
      let profile = profiles.get(k);
      if (!profile) profiles.set(k, (profile = { items: ids, cx, w: slotArray() }));
      profile.w[slot] += weight;
    }
    for (const r of s.resources)
      if (r.quantity !== 0) resource(cx, r.item, slot, weight * r.quantity);
    const top = registrationTopUp(s);
    if (top > 0) resource(cx, REGISTRATION, slot, weight * top);
  };
  const add = (key: string, s: Situation, slot: number, weight: number) =>
    addIn(contextIndexOfKey(key), s, slot, weight);

  const q2 = w.studiesToWorkShare;
  const participants = new Float64Array(NO);
  // Before: side A moves q2 of the studies type to work (as segments.ts's splitBefore does).
  beforeRowsByOutcome(prep, 'exit').forEach((rows, c) => {
    for (const [key, counts] of rows) {
      const n = counts[0];
      if (!n) continue;
      participants[c] += n;
      const s = prep.situations.get(key)!;
      if (c === STUDIES) {
        add(key, s, WORK, -n * movedToType(WORK, q2));
        add(key, s, STUDIES, -n * (1 + movedToType(STUDIES, q2)));
      } else add(key, s, c, -n);
      if (delayed) add(key, s, NO + c, -n);
    }
  });
  const after = (kinds: [Kind, number][], offset: number) => {
    for (const [kind, weight] of kinds) {
      if (weight <= 0) continue;
      for (const [key, counts] of a.after) {
        const n = counts[0];
        if (!n) continue;
        const t = afterVariant(prep.situations.get(key)!, kind, subsidyShareFor(w, kind));
        add(key, t, offset + OUTCOMES.indexOf(outcomeOf(t)), n * weight);
      }
    }
  };
  after(conversionWeights(w), 0);
  if (delayed) after(delayedWeights(w), NO);
  // Fewer care visits and days: per participant of each type.
  for (const [item, amount] of careReductions(w)) {
    const perType = OUTCOMES.map((_, c) =>
      participantsOnSideA(c, q2, participants[c], participants[STUDIES]),
    );
    // Care reductions are valued with the price year's own rules (as the full evaluation does).
    const use = (slot: number, persons: number) =>
      resource(-1, item, slot, -amount * persons * prep.primaryFactor);
    perType.forEach((n, c) => use(c, n));
    if (delayed) participants.forEach((n, c) => use(NO + c, n));
  }
  return {
    items: [...items.values()],
    profiles: [...profiles.values()],
    resources: [...resources.values()],
    delayed,
  };
}
