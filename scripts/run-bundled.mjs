#!/usr/bin/env node
/**
 * Runs a TypeScript entry point bundled the way the app ships it (esbuild,
 * ESM, no keep-names wrappers), so benchmarks measure the code a browser
 * runs rather than a development loader's overhead.
 *
 *   node scripts/run-bundled.mjs tests/bench/engine.bench.ts [args…]
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs ENTRY.ts [args…]');
  process.exit(2);
}
const outDir = resolve('node_modules/.cache/nyttokalkyl-bundled');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  packages: 'external',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
