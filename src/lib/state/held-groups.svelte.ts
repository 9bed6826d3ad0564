/**
 * Participant groups held as plain, frozen data inside the reactive draft.
 *
 * A deep `$state` proxy over 10 000 individual records made every read of the
 * whole draft (validation, autosave, the worker) walk 10 000 proxies and copy
 * every field: ≈ 2 s to open such a file. A loaded draft therefore keeps each
 * cohort's `groups` as a frozen array of frozen groups: Svelte's proxy returns
 * a non-writable property as it is, so the groups are never proxied, and the
 * plain document of a revision reuses the arrays instead of copying them.
 * A change to a group replaces it (and its array): the cohort's `groups`
 * property is the one signal. Groups made in the page (the example a new page
 * starts with) stay reactive and are edited in place; the helpers here take
 * either kind.
 */
import { untrack } from 'svelte';
import type { Cohort, Group } from '../../engine';

/** Marks a held array; read through Svelte's proxy it gives the frozen array itself. */
const RAW = Symbol('held groups');

type Held = Group[] & { [RAW]?: Group[] };

/** The frozen array behind `groups` when they are held; undefined when they are reactive. */
export function heldArray(groups: readonly Group[]): Group[] | undefined {
  return (groups as Held)[RAW];
}

/** Whether `g` is a held (frozen) group rather than a reactive one. */
export const isHeldGroup = (g: Group): boolean => Object.isFrozen(g);

/**
 * `groups` as a held array: frozen, its groups frozen (a forgotten in-place
 * edit then fails loudly instead of silently not updating the figures). A
 * group's nested situations are not frozen: nothing edits them in place
 * once the group is held (the row edits a copy, see EditableGroup).
 * `copyNew`: groups not yet held may be reactive (a row the page made), so
 * they are copied as plain data first; without it they are frozen as they are
 * (a document just read: copying 100 000 groups would cost what holding saves).
 */
export function hold(groups: readonly Group[], copyNew = false): Group[] {
  const held = heldArray(groups);
  if (held) return held;
  const out = groups.slice() as Held;
  for (let i = 0; i < out.length; i++) {
    const g = out[i];
    if (!Object.isFrozen(g)) out[i] = Object.freeze(copyNew ? plainOf(g) : g);
  }
  Object.defineProperty(out, RAW, { value: out });
  return Object.freeze(out);
}

/** The scenario with every cohort's groups held (shallow copies above them). */
export function holdGroups<S extends { cohorts: readonly Cohort[] }>(s: S): S {
  return { ...s, cohorts: s.cohorts.map((c) => ({ ...c, groups: hold(c.groups) })) };
}

/**
 * Change a cohort's groups with array operations (push, splice): in place when
 * they are reactive, on a copy put back as one assignment when they are held.
 */
export function editGroups<T>(cohort: Cohort, edit: (groups: Group[]) => T): T {
  const held = heldArray(cohort.groups);
  if (!held) return edit(cohort.groups);
  const copy = held.slice();
  const out = edit(copy);
  cohort.groups = hold(copy, true);
  return out;
}

/**
 * A deep plain copy of the draft as it is now, sharing the held group arrays
 * (immutable) instead of copying them: what validation, autosave and the
 * worker read, built once per change. Like `$state.snapshot` for the rest
 * (keeps NaN and undefined), without a structuredClone per field.
 */
export function plainOf<T>(x: T): T {
  if (Array.isArray(x)) return (heldArray(x) ?? x.map(plainOf)) as T;
  if (x !== null && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x)) out[k] = plainOf((x as Record<string, unknown>)[k]);
    return out as T;
  }
  return x;
}

/** Structural equality of plain data; held arrays compare by identity first. */
export { sameData } from '../../engine';

/** Row keys that survive a held group's replacement by its edited successor. */
const keys = new WeakMap<Group, object>();

/** The key of a group's row in the table: stable while the group is edited. */
export function rowKey(g: Group): object {
  return keys.get(g) ?? g;
}

class Box {
  value: Group;
  constructor(g: Group) {
    this.value = $state(g);
  }
}

/**
 * The group a row's fields edit in place: the group itself when it is
 * reactive; for a held group, a reactive copy whose every change goes back
 * to the draft as a new held group (`commit`). Create it in a component
 * (it uses $effect).
 */
export class EditableGroup {
  #get: () => Group;
  #box: Box | null = null;
  /** The held group this copy was made from or last committed. */
  #from: Group | null = null;
  #seen: Box | null = null;

  /** What the row's fields bind to. */
  readonly group: Group = $derived.by(() => {
    const g = this.#get();
    if (!isHeldGroup(g)) return g;
    if (g !== this.#from || !this.#box) {
      this.#box = new Box(structuredClone(g));
      this.#from = g;
    }
    return this.#box.value;
  });

  constructor(get: () => Group, commit: (next: Group) => void) {
    this.#get = get;
    $effect(() => {
      const g = this.group;
      const box = this.#box;
      if (!box || box.value !== g) return;
      // Reading the whole copy subscribes to every field of it.
      const next = Object.freeze($state.snapshot<Group>(g));
      if (this.#seen !== box) {
        this.#seen = box;
        return;
      }
      const from = this.#from;
      if (from) keys.set(next, rowKey(from));
      this.#from = next;
      untrack(() => commit(next));
    });
  }
}
