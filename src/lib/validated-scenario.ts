/**
 * The engine's scenario validation, remembered per document object: a
 * scenario file is validated when it is read, and the same document is not
 * validated again when it becomes the draft, nor when the draft's plain copy
 * is that document. A document that differs from the last one validated only
 * in a few groups (a row edited) is validated as that edit: its groups alone,
 * with the result the whole document would give. Documents passed here are
 * never mutated afterwards.
 */
import { groupEdits, parseScenario, parseScenarioEdit, parseScenarioSteps } from '../engine';
import { nextTask } from './after-paint';
import { hasStoredGroups, storedScenarioJson } from './db/blocks';

type Result = ReturnType<typeof parseScenario>;

/** By document; a valid document's value is itself valid (parsing it again gives it). */
export const validated = new WeakMap<object, Result>();

/** The last document validated here, and its result. */
let last: { doc: object; result: Result } | null = null;

function remember(doc: object, r: Result): Result {
  validated.set(doc, r);
  if (r.ok) validated.set(r.value, r);
  last = { doc, result: r };
  return r;
}

/** `parseScenario`, remembered per document object (documents here are not mutated). */
export function validateScenario(doc: unknown): Result {
  if (typeof doc !== 'object' || doc === null) return parseScenario(doc);
  const known = validated.get(doc);
  if (known) return remember(doc, known);
  const before = last?.result.ok ? { doc: last.doc, value: last.result.value } : null;
  const edits = before && groupEdits(before.doc, doc);
  return remember(
    doc,
    before && edits ? parseScenarioEdit(before.value, edits) : parseScenario(doc),
  );
}

/**
 * `validateScenario` of a document just read (a file), in steps with a task
 * between them: validating 100 000 participants at once held the page
 * ≈ 0.25 s; in steps the page answers its user between them.
 */
export async function validateScenarioInSteps(doc: unknown): Promise<Result> {
  if (typeof doc !== 'object' || doc === null || validated.has(doc)) return validateScenario(doc);
  const steps = parseScenarioSteps(doc);
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    step = steps.next();
  }
  return remember(doc, step.value);
}

/**
 * `validateScenarioInSteps` of a document read from storage (the draft, a
 * saved version): when valid and its large cohorts' groups are the ones read
 * from their blocks, the text they were stored as is remembered, so the
 * engine's worker is sent one string.
 */
export async function validateStoredInSteps(doc: unknown): Promise<Result> {
  const parsed = await validateScenarioInSteps(doc);
  if (!parsed.ok || !hasStoredGroups(parsed.value)) return parsed;
  // The text of 100 000 participants takes ≈ 50 ms to join, as long as validation's last
  // step and the draft's replacement after it: a task each, not one hold of all three.
  await nextTask();
  const text = storedScenarioJson(parsed.value);
  if (text !== undefined) rememberSourceText(parsed.value, text);
  await nextTask();
  return parsed;
}

/**
 * The JSON text a valid document was read from (a scenario file), until the
 * engine's worker has been sent it: a text crosses to the worker as one
 * string and is parsed there, where the document itself would be copied
 * object by object on both sides (≈ 0.6 s for 100 000 participants). Only for
 * a document that is exactly what validating the parsed text gives.
 */
const sourceTexts = new WeakMap<object, string>();

export function rememberSourceText(doc: object, text: string): void {
  sourceTexts.set(doc, text);
}

/** The text `doc` was read from, once: it is forgotten as it is taken. */
export function takeSourceText(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const text = sourceTexts.get(doc);
  sourceTexts.delete(doc);
  return text;
}

/** The text `doc` was read from, moved to `as` (`doc` put into the draft as `as`). */
export function passSourceText(doc: object, as: object): void {
  const text = takeSourceText(doc);
  if (text !== undefined) sourceTexts.set(as, text);
}
