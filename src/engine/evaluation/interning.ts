/**
 * The tables that aggregation interns with: distinct situations to small
 * integer ids, and distinct (before, exit) pairs to a count. Open addressing
 * over typed arrays, because they run for every record of a large cohort and
 * a Map of per-situation buckets or a Set per before-situation allocated and
 * probed more than the rest of the aggregation together.
 */
import { sameSituation, situationHash, situationKey } from '../situation-key';
import type { Situation } from '../schema';

const EMPTY = -1;

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

/**
 * Distinct situations per valuation context, numbered in order of first
 * appearance. Two situations get one id when they value identically
 * (`sameSituation`) or share a key; the key of an id is `cx|situationKey`.
 */
export class SituationTable {
  /** Per id: its key, a representative situation and its context. */
  readonly keys: string[] = [];
  readonly reps: Situation[] = [];
  readonly contexts: number[] = [];
  private readonly byKey = new Map<string, number>();
  private slotId = new Int32Array(1024).fill(EMPTY);
  private slotHash = new Int32Array(1024);
  private used = 0;

  /** The id of situation `s` in context `cx`, interned on first sight. */
  intern(s: Situation, cx: number): number {
    const h = (situationHash(s) + Math.imul(cx, 0x9e3779b1)) | 0;
    const mask = this.slotId.length - 1;
    let slot = h & mask;
    for (let id = this.slotId[slot]; id !== EMPTY; id = this.slotId[slot]) {
      if (this.slotHash[slot] === h && this.contexts[id] === cx && sameSituation(this.reps[id], s))
        return id;
      slot = (slot + 1) & mask;
    }
    // A situation not seen under this hash: the key decides (rare, and once per distinct one).
    const key = `${cx}|${situationKey(s)}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.byKey.set(key, id);
      this.keys.push(key);
      this.reps.push(s);
      this.contexts.push(cx);
    }
    this.slotId[slot] = id;
    this.slotHash[slot] = h;
    if (++this.used * 2 > this.slotId.length) this.grow();
    return id;
  }

  private grow() {
    const ids = this.slotId;
    const hashes = this.slotHash;
    const size = ids.length * 2;
    const mask = size - 1;
    this.slotId = new Int32Array(size).fill(EMPTY);
    this.slotHash = new Int32Array(size);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === EMPTY) continue;
      let slot = hashes[i] & mask;
      while (this.slotId[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slotId[slot] = ids[i];
      this.slotHash[slot] = hashes[i];
    }
  }
}

/** A set of pairs of non-negative integers that only counts its distinct members. */
export class PairCounter {
  private first = new Int32Array(1024).fill(EMPTY);
  private second = new Int32Array(1024);
  size = 0;

  add(a: number, b: number): void {
    let mask = this.first.length - 1;
    let slot = mix(Math.imul(a, 0x9e3779b1) ^ b) & mask;
    for (let x = this.first[slot]; x !== EMPTY; x = this.first[slot]) {
      if (x === a && this.second[slot] === b) return;
      slot = (slot + 1) & mask;
    }
    this.first[slot] = a;
    this.second[slot] = b;
    if (++this.size * 2 > this.first.length) {
      const first = this.first;
      const second = this.second;
      mask = first.length * 2 - 1;
      this.first = new Int32Array(mask + 1).fill(EMPTY);
      this.second = new Int32Array(mask + 1);
      for (let i = 0; i < first.length; i++) {
        if (first[i] === EMPTY) continue;
        let s = mix(Math.imul(first[i], 0x9e3779b1) ^ second[i]) & mask;
        while (this.first[s] !== EMPTY) s = (s + 1) & mask;
        this.first[s] = first[i];
        this.second[s] = second[i];
      }
    }
  }
}

/**
 * Participants per segment of each situation id, in one flat array (row `id`
 * at `id · nSeg`) rather than an array object per situation: the rows all
 * survive the aggregation, and fewer, larger allocations keep the garbage
 * collector's copying small.
 */
export class SegmentRows {
  counts: Float64Array;
  private seen: Uint8Array;
  constructor(private readonly nSeg: number) {
    this.counts = new Float64Array(256 * nSeg);
    this.seen = new Uint8Array(256);
  }

  /** The offset of row `id` in `counts`, the row created (with zeros) on first use. */
  add(id: number): number {
    if (id >= this.seen.length) {
      let size = this.seen.length * 2;
      while (id >= size) size *= 2;
      const counts = new Float64Array(size * this.nSeg);
      counts.set(this.counts);
      this.counts = counts;
      const seen = new Uint8Array(size);
      seen.set(this.seen);
      this.seen = seen;
    }
    this.seen[id] = 1;
    return id * this.nSeg;
  }

  /** The rows in use by key, in the order of their ids (views into one buffer). */
  byKey(keys: readonly string[]): Map<string, Float64Array> {
    const m = new Map<string, Float64Array>();
    const nSeg = this.nSeg;
    const n = Math.min(keys.length, this.seen.length);
    for (let id = 0; id < n; id++)
      if (this.seen[id]) m.set(keys[id], this.counts.subarray(id * nSeg, (id + 1) * nSeg));
    return m;
  }
}
