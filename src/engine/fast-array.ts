/**
 * A valibot array schema that lets items already in their final shape through
 * untouched. valibot's own array builds a new object for every item and a
 * result object for every field, which for a document of 100 000 records
 * costs more than reading the JSON. Here each item is first asked of a plain
 * predicate that allocates nothing; an item it accepts is one the item schema
 * would accept and return unchanged (valid, every default already present,
 * no string to trim, no unknown key to strip), so it is kept as it is. Only
 * the other items go through the item schema, with the paths and messages
 * valibot gives them. When every item passes, the input array itself is the
 * output.
 *
 * The predicate must never accept what the schema refuses or would change:
 * src/engine/fast-array.test.ts proves that of the group predicate.
 */
import * as v from 'valibot';

/**
 * `v.array(item)`, with items for which `isFinal` holds kept as given. The
 * output may therefore share those items (and the array) with the input.
 * `isFinalArray`: an array the caller has already found final item by item
 * (see schema.ts, `parseScenarioSteps`) is kept as it is without asking again.
 */
export function fastArray<TItem extends v.GenericSchema>(
  item: TItem,
  isFinal: (value: unknown) => boolean,
  isFinalArray?: (value: unknown[]) => boolean,
): v.ArraySchema<TItem, undefined> {
  const full = v.array(item);
  type Out = ReturnType<(typeof full)['~run']>;
  /** The dataset as valibot's own schemas fill it in (its public types are the finished shapes). */
  interface Working {
    typed: boolean;
    value: unknown;
    issues?: v.BaseIssue<unknown>[];
  }
  const run = (dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>): Out => {
    const input = dataset.value;
    if (!Array.isArray(input)) return full['~run'](dataset, config);
    const out = dataset as unknown as Working;
    out.typed = true;
    if (isFinalArray?.(input)) return out as unknown as Out;
    let first = 0;
    while (first < input.length && isFinal(input[first])) first++;
    if (first === input.length) return out as unknown as Out;
    // The loop of valibot's array (1.x), with the items that need no work kept as they are.
    const output: unknown[] = input.slice(0, first);
    out.value = output;
    for (let key = first; key < input.length; key++) {
      const value: unknown = input[key];
      if (isFinal(value)) {
        output.push(value);
        continue;
      }
      const itemDataset = item['~run']({ value }, config);
      if (itemDataset.issues) {
        const pathItem: v.ArrayPathItem = { type: 'array', origin: 'value', input, key, value };
        for (const issue of itemDataset.issues as v.BaseIssue<unknown>[]) {
          const mutable = issue as { path?: v.IssuePathItem[] };
          if (mutable.path) mutable.path.unshift(pathItem);
          else mutable.path = [pathItem];
          out.issues?.push(issue);
        }
        out.issues ??= itemDataset.issues as v.BaseIssue<unknown>[];
        if (config.abortEarly) {
          out.typed = false;
          break;
        }
      }
      if (!itemDataset.typed) out.typed = false;
      output.push(itemDataset.value);
    }
    return out as unknown as Out;
  };
  return {
    ...full,
    '~run': run,
    '~standard': {
      ...full['~standard'],
      validate: (value: unknown) => run({ value }, v.getGlobalConfig()),
    },
  } as v.ArraySchema<TItem, undefined>;
}
