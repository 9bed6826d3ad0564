/**
 * Parsing a document must not load the evaluator: the scenario format
 * (schema.ts and what it imports) is read by the import door, the snapshots
 * and the share links, none of which should pull in the valuation. The static
 * import graph is walked as scripts/structure.mjs walks it, type-only imports
 * included, since they still tie two modules' changes together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const importRe = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, resolve(base, 'index.ts')])
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  return undefined;
}

/** Every module `entry` reaches through relative static imports, as paths from the repository root. */
function reachable(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
      const target = resolveImport(file, m[1]);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].map((p) => relative(root, p).split('\\').join('/'));
}

/** The evaluator, wherever it is split to: evaluate.ts, evaluate/…, evaluation/…. */
const EVALUATOR = /^src\/engine\/evaluat(e|ion)(\.ts$|\/)/;

describe('the scenario format', () => {
  const graph = reachable(resolve(here, 'schema.ts'));

  it('is walked from schema.ts through its own modules', () => {
    expect(graph).toContain('src/engine/schema.ts');
    expect(graph).toContain('src/engine/parameters.ts');
  });

  it('does not reach the evaluator', () => {
    expect(graph.filter((p) => EVALUATOR.test(p))).toEqual([]);
  });

  it('does not reach the analyses, the appraisal or the ledger', () => {
    const valuation = ['analyses.ts', 'appraisal.ts', 'ledger.ts'].map((f) => `src/engine/${f}`);
    expect(graph.filter((p) => valuation.includes(p))).toEqual([]);
  });
});
