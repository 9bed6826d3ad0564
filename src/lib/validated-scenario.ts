/**
 * The engine's scenario validation, remembered per document object: a
 * scenario file is validated when it is read, and the same document is not
 * validated again when it becomes the draft, nor when the draft's plain copy
 * is that document. Documents passed here are never mutated afterwards.
 */
import { parseScenario } from '../engine';

/** By document; a valid document's value is itself valid (parsing it again gives it). */
export const validated = new WeakMap<object, ReturnType<typeof parseScenario>>();

/** `parseScenario`, remembered per document object (documents here are not mutated). */
export function validateScenario(doc: unknown): ReturnType<typeof parseScenario> {
  if (typeof doc !== 'object' || doc === null) return parseScenario(doc);
  let r = validated.get(doc);
  if (!r) {
    r = parseScenario(doc);
    validated.set(doc, r);
    if (r.ok) validated.set(r.value, r);
  }
  return r;
}
