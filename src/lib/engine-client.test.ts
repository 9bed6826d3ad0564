import { afterEach, describe, expect, it } from 'vitest';
import { EngineClient } from './engine-client';
import { channelWorker } from '../../tests/support/channel-worker';
import { createEngineApi } from '../worker/engine-api';
import { evaluateScenario, exampleScenario, NO_WHAT_IF, type Scenario } from '../engine';
import type { EngineApi } from '../worker/api';
import { rememberSourceText, takeSourceText } from './validated-scenario';

const clients: EngineClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));
const track = (c: EngineClient) => (clients.push(c), c);

/** An engine whose evaluate() waits until released, to hold a request in flight. */
function gatedApi() {
  const real = createEngineApi();
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const api: EngineApi = {
    async evaluate(...args) {
      await gate;
      return real.evaluate(...args);
    },
    async evaluateEdit(...args) {
      await gate;
      return real.evaluateEdit(...args);
    },
    appraiseKnown: (i) => real.appraiseKnown(i),
  };
  return { api, release };
}

describe('EngineClient', () => {
  it('evaluates a scenario in the worker and re-evaluates what-ifs without resending it', async () => {
    let created = 0;
    const client = track(new EngineClient(() => (created++, channelWorker())));
    const scenario = exampleScenario();
    const a = await client.evaluate(scenario, 1, NO_WHAT_IF);
    expect(a.kind).toBe('done');
    if (a.kind !== 'done' || !a.response.ok) throw new Error('expected a result');
    expect(a.response.result.total.participants).toBe(63);
    const b = await client.evaluate(scenario, 1, {
      ...NO_WHAT_IF,
      subsidisedToUnsubsidisedShare: 0.5,
    });
    if (b.kind !== 'done' || !b.response.ok) throw new Error('expected a result');
    expect(b.response.result.total.yearlyRevenue.samhalle).toBeGreaterThan(
      a.response.result.total.yearlyRevenue.samhalle,
    );
    expect(b.response.single.subsidisedToUnsubsidisedShare?.yearlyRevenue.samhalle).toBeCloseTo(
      b.response.result.total.yearlyRevenue.samhalle,
      6,
    );
    expect(created).toBe(1);
  });

  it('sends a document read from a file as its text, once, to the same figures', async () => {
    const real = createEngineApi();
    const sent: unknown[] = [];
    const api: EngineApi = {
      evaluate: (scenario, ...rest) => (sent.push(scenario), real.evaluate(scenario, ...rest)),
      evaluateEdit: (...args) => real.evaluateEdit(...args),
      appraiseKnown: (i) => real.appraiseKnown(i),
    };
    const client = track(new EngineClient(() => channelWorker(api)));
    const scenario = exampleScenario();
    const text = JSON.stringify(scenario);
    rememberSourceText(scenario, text);
    const a = await client.evaluate(scenario, 1, NO_WHAT_IF);
    if (a.kind !== 'done' || !a.response.ok) throw new Error('expected a result');
    expect(sent).toEqual([text]);
    // The figures of the document itself (evaluated here, in this thread).
    expect(a.response.result.total.yearlyRevenue).toEqual(
      evaluateScenario(scenario).total.yearlyRevenue,
    );
    // The text went once: it is forgotten, and a fresh worker would be sent the document.
    expect(takeSourceText(scenario)).toBeUndefined();
  });

  it('the worker reads a file ahead: the evaluation of that text is the same, of another text its own', async () => {
    const example = exampleScenario();
    const other = { ...example, title: 'Annan', horizonYears: 3 };
    const [a, b] = [JSON.stringify(example), JSON.stringify(other)];
    const fresh = await createEngineApi().evaluate(example, 1, NO_WHAT_IF);
    const api = createEngineApi();
    await api.readAhead(a);
    const ahead = await api.evaluate(a, 1, NO_WHAT_IF);
    if (!fresh.ok || !ahead.ok) throw new Error('expected results');
    expect(ahead.result).toEqual(fresh.result);
    expect(ahead.base).toEqual(fresh.base);
    // Read ahead, then asked for another text: that text's figures (a 3-year horizon).
    await api.readAhead(a);
    const second = await api.evaluate(b, 2, NO_WHAT_IF);
    if (!second.ok) throw new Error('expected a result');
    expect(second.result.total.profitHorizon).toEqual(evaluateScenario(other).total.profitHorizon);
    expect(second.result.total.profitHorizon).not.toEqual(fresh.result.total.profitHorizon);
    // A text read ahead that is no valid scenario gives its problems when evaluated.
    const invalid = JSON.stringify({ ...example, title: '' });
    await api.readAhead(invalid);
    const refused = await api.evaluate(invalid, 3, NO_WHAT_IF);
    expect(refused.ok === false && refused.issues.map((i) => i.path)).toContain('title');
  });

  it('a text that is not JSON is refused by the worker, not thrown', async () => {
    const r = await createEngineApi().evaluate('{ "title": ', 1, NO_WHAT_IF);
    expect(r.ok).toBe(false);
  });

  it('drops a queued request when a newer one arrives, and a result that went stale while running', async () => {
    const { api, release } = gatedApi();
    const client = track(new EngineClient(() => channelWorker(api)));
    const s = exampleScenario();
    const first = client.evaluate(s, 1, NO_WHAT_IF); // runs, held at the gate
    const second = client.evaluate(s, 1, { ...NO_WHAT_IF, studiesToWorkShare: 0.2 }); // queued
    const third = client.evaluate(s, 1, { ...NO_WHAT_IF, studiesToWorkShare: 0.4 }); // replaces the queued one
    expect(await second).toEqual({ kind: 'superseded' });
    release();
    expect(await first).toEqual({ kind: 'superseded' });
    const last = await third;
    if (last.kind !== 'done' || !last.response.ok) throw new Error('expected a result');
    expect(last.response.result.whatIf.studiesToWorkShare).toBe(0.4);
  });

  it('restarts a worker that crashed and retries, keeping the request', async () => {
    let n = 0;
    const messages: string[] = [];
    const client = track(
      new EngineClient(() => {
        n++;
        if (n === 1) {
          // The first worker crashes as soon as it is asked anything.
          const w = new EventTarget() as unknown as Worker;
          Object.assign(w, {
            postMessage: () => queueMicrotask(() => w.dispatchEvent(new Event('error'))),
            terminate: () => {},
          });
          return w;
        }
        return channelWorker();
      }),
    );
    client.onRestart = (m) => messages.push(m.sv);
    const out = await client.evaluate(exampleScenario(), 1, NO_WHAT_IF);
    expect(out.kind).toBe('done');
    expect(n).toBe(2);
    expect(messages[0]).toMatch(/startats om/);
  });

  it('gives up on a hung worker after the timeout with a clear message', async () => {
    const hung: EngineApi = {
      evaluate: () => new Promise(() => {}),
      evaluateEdit: () => new Promise(() => {}),
      appraiseKnown: () => new Promise(() => {}),
    };
    const client = track(new EngineClient(() => channelWorker(hung), 50));
    const out = await client.evaluate(exampleScenario(), 1, NO_WHAT_IF);
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') expect(out.message.en).toMatch(/too long/);
  });

  it('rejects an invalid scenario with the validation issues', async () => {
    const client = track(new EngineClient(() => channelWorker()));
    const bad = { ...exampleScenario(), title: '' };
    const out = await client.evaluate(bad, 1, NO_WHAT_IF);
    if (out.kind !== 'done') throw new Error('expected an answer');
    expect(out.response.ok).toBe(false);
    if (!out.response.ok) expect(out.response.issues[0].path).toBe('title');
  });

  describe('an edit of a few groups', () => {
    /** An engine API that records what each evaluation was sent. */
    function recordingApi() {
      const real = createEngineApi();
      const sent: string[] = [];
      const api: EngineApi = {
        evaluate: (scenario, ...rest) => {
          sent.push(scenario === null ? 'settings' : 'whole');
          return real.evaluate(scenario, ...rest);
        },
        evaluateEdit: (from, edits, ...rest) => {
          sent.push(`edit of ${edits.length} from ${from}`);
          return real.evaluateEdit(from, edits, ...rest);
        },
        appraiseKnown: (i) => real.appraiseKnown(i),
      };
      return { api, sent };
    }
    const withCount = (s: Scenario, gi: number, count: number): Scenario => ({
      ...s,
      cohorts: s.cohorts.map((c, ci) =>
        ci === 0 ? { ...c, groups: c.groups.map((g, i) => (i === gi ? { ...g, count } : g)) } : c,
      ),
    });
    const figures = (o: Awaited<ReturnType<EngineClient['evaluate']>>) => {
      if (o.kind !== 'done' || !o.response.ok) throw new Error('expected a result');
      return o.response.result;
    };

    it('sends only the changed group, and the figures are those of the whole new document', async () => {
      const { api, sent } = recordingApi();
      const client = track(new EngineClient(() => channelWorker(api)));
      const first = exampleScenario();
      await client.evaluate(first, 1, NO_WHAT_IF);
      const g = first.cohorts[0].groups[0];
      const second = withCount(first, 0, g.count + 3);
      const out = figures(await client.evaluate(second, 2, NO_WHAT_IF));
      expect(sent).toEqual(['whole', 'edit of 1 from 1']);
      // Three more participants in the first group of the example's 63.
      expect(out.total.participants).toBe(66);
      expect(out).toEqual(evaluateScenario(second));
    });

    it('sends the whole document when more than groups changed, or the worker lost the revision', async () => {
      const { api, sent } = recordingApi();
      let created = 0;
      const client = track(new EngineClient(() => (created++, channelWorker(api))));
      const first = exampleScenario();
      await client.evaluate(first, 1, NO_WHAT_IF);
      const retitled = { ...first, title: 'Ett annat namn' };
      expect(figures(await client.evaluate(retitled, 2, NO_WHAT_IF)).title).toBe('Ett annat namn');
      expect(sent).toEqual(['whole', 'whole']);
      client.restart();
      const edited = withCount(retitled, 1, 0);
      expect(figures(await client.evaluate(edited, 3, NO_WHAT_IF))).toEqual(
        evaluateScenario(edited),
      );
      expect(created).toBe(2);
      expect(sent).toEqual(['whole', 'whole', 'whole']);
    });

    it('sends the whole document again when the worker refuses the edit', async () => {
      const real = createEngineApi();
      const sent: string[] = [];
      const api: EngineApi = {
        evaluate: (scenario, ...rest) => {
          sent.push(scenario === null ? 'settings' : 'whole');
          return real.evaluate(scenario, ...rest);
        },
        // A worker that kept another revision than the page believes.
        evaluateEdit: (_from, edits, ...rest) => {
          sent.push(`edit of ${edits.length}`);
          return real.evaluateEdit(-1, edits, ...rest);
        },
        appraiseKnown: (i) => real.appraiseKnown(i),
      };
      const client = track(new EngineClient(() => channelWorker(api)));
      const first = exampleScenario();
      await client.evaluate(first, 1, NO_WHAT_IF);
      const edited = withCount(first, 2, 7);
      expect(figures(await client.evaluate(edited, 2, NO_WHAT_IF))).toEqual(
        evaluateScenario(edited),
      );
      expect(sent).toEqual(['whole', 'edit of 1', 'whole']);
    });
  });
});
