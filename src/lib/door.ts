/**
 * The one path every door from outside takes (STYLE.md §8): the scenario
 * file, the versions file (with its portfolios), a participant file (CSV or
 * Excel) and a shared link. Each door is the same four steps, each of which
 * may stop with problems:
 *   size check → decode (bytes or link → text) → parse (text → document)
 *   → validate/migrate (document → value)
 * A door names its limit from the one table (limits.ts) and says what its
 * problems are; the order of the steps, and that nothing is decoded before
 * its size is known, is kept here once.
 */
import { nextTask } from './after-paint';

/** A step's outcome: its value, or the problems that stop the door. */
export type Outcome<T, P> = { ok: true; value: T } | { ok: false; problems: P[] };

export const pass = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const stop = <P>(...problems: P[]): { ok: false; problems: P[] } => ({
  ok: false,
  problems,
});

type Maybe<T> = T | Promise<T>;

export interface Door<In, Text, Doc, T, P> {
  /** The input's size, in the unit of `limit`. */
  size(input: In): number;
  limit: number;
  tooLarge(size: number, limit: number): P;
  decode(input: In): Maybe<Outcome<Text, P>>;
  parse(text: Text): Maybe<Outcome<Doc, P>>;
  validate(doc: Doc): Maybe<Outcome<T, P>>;
}

/** A door whose steps are synchronous (a text already in memory, a link). */
export type SyncDoor<In, Text, Doc, T, P> = {
  [K in keyof Door<In, Text, Doc, T, P>]: Door<In, Text, Doc, T, P>[K] extends (
    ...a: infer A
  ) => Maybe<infer R>
    ? (...a: A) => R
    : Door<In, Text, Doc, T, P>[K];
};

/** Take `input` through a synchronous door. */
export function passDoor<In, Text, Doc, T, P>(
  door: SyncDoor<In, Text, Doc, T, P>,
  input: In,
): Outcome<T, P> {
  const size = door.size(input);
  if (size > door.limit) return stop(door.tooLarge(size, door.limit));
  const text = door.decode(input);
  if (!text.ok) return text;
  const doc = door.parse(text.value);
  if (!doc.ok) return doc;
  return door.validate(doc.value);
}

/**
 * Take `input` through a door whose steps may wait (a file to read, a library
 * to load). Parsing and validation each start in a task of their own: for a
 * large file each is a long step (JSON.parse of 100 000 participants ≈ 0.4 s),
 * and the page answers its user between them rather than after all of them.
 */
export async function passDoorAsync<In, Text, Doc, T, P>(
  door: Door<In, Text, Doc, T, P>,
  input: In,
): Promise<Outcome<T, P>> {
  const size = door.size(input);
  if (size > door.limit) return stop(door.tooLarge(size, door.limit));
  const text = await door.decode(input);
  if (!text.ok) return text;
  await nextTask();
  const doc = await door.parse(text.value);
  if (!doc.ok) return doc;
  await nextTask();
  return door.validate(doc.value);
}
