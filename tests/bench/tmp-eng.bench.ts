import '../../src/engine/rules/install';
import { evaluatePrepared, NO_WHAT_IF, parseScenario, prepare } from '../../src/engine';
import { syntheticScenario } from './records';
const parsed = parseScenario(JSON.parse(JSON.stringify(syntheticScenario(100_000))));
if (!parsed.ok) throw new Error('invalid');
const s = parsed.value;
const times: number[] = [];
const tp: number[] = [];
for (let i = 0; i < 40; i++) {
  const t0 = performance.now();
  const p = prepare(s);
  const t1 = performance.now();
  evaluatePrepared(p, NO_WHAT_IF);
  const t2 = performance.now();
  times.push(t2 - t0);
  tp.push(t1 - t0);
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1];
console.log('full median', med(times).toFixed(1), 'prepare median', med(tp).toFixed(1));
