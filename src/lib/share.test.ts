/**
 * Share links: the scenario and its what-if settings survive the round trip;
 * broken, truncated, oversized and hostile fragments never throw and always
 * come back as null or as messages in both languages; the bounded decoder
 * agrees with lz-string; prototype keys inside the JSON pollute nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import LZString from 'lz-string';
import {
  defaultParameterSet,
  exampleScenario,
  NO_WHAT_IF,
  parseScenario,
  type Scenario,
} from '../engine';
import {
  carriesSharedScenario,
  decompressBounded,
  fragmentFor,
  LONG_LINK_CHARS,
  MAX_JSON_CHARS,
  scenarioFromFragment,
  shareUrl,
  TOO_LARGE,
  type FragmentResult,
} from './share';

const example = () => exampleScenario();
const compress = (s: string) => `#s=${LZString.compressToEncodedURIComponent(s)}`;

function issuesOf(r: FragmentResult | null) {
  expect(r).not.toBeNull();
  expect(r?.ok).toBe(false);
  return r && !r.ok ? r.issues : [];
}

/** Every issue has both languages; a broken-link result is never empty. */
function expectMessages(r: FragmentResult | null) {
  if (r === null) return;
  if (r.ok) {
    expect(parseScenario(r.scenario).ok).toBe(true);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(typeof i.sv).toBe('string');
    expect(typeof i.en).toBe('string');
    expect(i.sv.length).toBeGreaterThan(0);
    expect(i.en.length).toBeGreaterThan(0);
  }
}

describe('fragmentFor / scenarioFromFragment', () => {
  it('round-trips a scenario with its what-if settings', () => {
    const whatIf = { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 0.5, extraFunds: 1_000_000 };
    const s: Scenario = { ...example(), title: 'Delad — åäö ✓', horizonYears: 7 };
    const fragment = fragmentFor(s, whatIf);
    expect(fragment).toMatch(/^#s=[A-Za-z0-9+\-$]+$/);
    const r = scenarioFromFragment(fragment);
    expect(r).toEqual({ ok: true, scenario: { ...s, whatIf } });
  });

  it('keeps the scenario’s own what-if settings when none are given', () => {
    const s = { ...example(), whatIf: { ...NO_WHAT_IF, studiesToWorkShare: 0.25 } };
    const r = scenarioFromFragment(fragmentFor(s));
    expect(r?.ok && r.scenario.whatIf.studiesToWorkShare).toBe(0.25);
  });

  it('builds a link to the same page, replacing any fragment', () => {
    const s = example();
    const url = shareUrl(s, undefined, 'https://example.org/sub/path/?a=1#old');
    expect(url.startsWith('https://example.org/sub/path/?a=1#s=')).toBe(true);
    expect(url).not.toContain('#old');
    expect(scenarioFromFragment(new URL(url).hash)?.ok).toBe(true);
  });

  it('the example fits in a short link', () => {
    expect(fragmentFor(example(), NO_WHAT_IF).length).toBeLessThan(LONG_LINK_CHARS);
  });

  it.each(['', '#', '#x=1', '#section', '#ss=abc', 's'])('%j holds no scenario: null', (hash) => {
    expect(scenarioFromFragment(hash)).toBeNull();
  });

  it('finds s= among other fragment parameters', () => {
    const f = fragmentFor(example());
    expect(scenarioFromFragment(`#lang=en&${f.slice(1)}`)?.ok).toBe(true);
  });

  it('accepts a link whose "$" was percent-encoded or "+" turned into a space', () => {
    const f = fragmentFor({ ...example(), description: 'x'.repeat(3000) + 'yz'.repeat(500) });
    expect(f).toMatch(/[$+]/);
    const mangled = f.replace(/\$/g, '%24').replace(/\+/g, ' ');
    expect(scenarioFromFragment(mangled)?.ok).toBe(true);
  });

  it.each([
    ['an empty value', '#s='],
    ['characters outside the alphabet', '#s=abc!def'],
    ['a stray percent sign', '#s=%E0%A4%A'],
    ['a bad first code', '#s=z'],
  ])('reports %s as a broken link', (_what, hash) => {
    const issues = issuesOf(scenarioFromFragment(hash));
    expect(issues[0].sv).toContain('Länken är trasig eller ofullständig');
    expect(issues[0].en).toContain('The link is broken or incomplete');
  });

  it('reports every truncation of a link as broken or incomplete', () => {
    const f = fragmentFor(example());
    for (let cut = 3; cut < f.length; cut += Math.max(1, Math.floor(f.length / 97))) {
      const issues = issuesOf(scenarioFromFragment(f.slice(0, cut)));
      expect(issues[0].sv, `cut at ${cut}`).toContain('Länken är trasig eller ofullständig');
    }
  });

  it('reports text that is not JSON', () => {
    const issues = issuesOf(scenarioFromFragment(compress('{"format": "nyttokalkyl-scen')));
    expect(issues[0].sv).toContain('inte giltig JSON');
    expect(issues[0].en).toContain('not valid JSON');
  });

  it('reports a scenario that fails validation with its paths and messages', () => {
    const bad = { ...example(), title: '   ', horizonYears: 0 };
    const issues = issuesOf(scenarioFromFragment(compress(JSON.stringify(bad))));
    expect(issues[0].sv).toBe(
      'Den delade kalkylen innehåller 2 fel och har inte laddats. Exemplet eller ditt senaste utkast visas i stället.',
    );
    expect(issues[0].en).toContain('has 2 errors');
    expect(issues.map((i) => i.sv)).toContain('title: Får inte vara tom.');
    expect(issues.map((i) => i.en)).toContain('horizonYears: Must not be less than 1.');
  });

  it('says when the document is not a scenario at all', () => {
    const issues = issuesOf(scenarioFromFragment(compress('[1, 2, 3]')));
    expect(issues[0].en).toContain('1 error and');
    expect(issues[1].en).toBe('The document is not a JSON object.');
  });

  it('lists at most 20 problems, then how many more', () => {
    const s = example();
    const groups = [...s.cohorts[0].groups, ...s.cohorts[0].groups].map((g) => ({
      ...g,
      count: -1,
    }));
    const bad = { ...s, cohorts: [{ ...s.cohorts[0], groups }] };
    const n = groups.length;
    expect(n).toBeGreaterThan(21);
    const issues = issuesOf(scenarioFromFragment(compress(JSON.stringify(bad))));
    expect(issues).toHaveLength(22);
    expect(issues.at(-1)?.sv).toBe(`… och ${n - 20} fel till.`);
    expect(issues.at(-1)?.en).toBe(`… and ${n - 20} more errors.`);
  });

  it('refuses a link that would hold more than 2 MB, before it is parsed', () => {
    const issues = issuesOf(scenarioFromFragment(`#s=${chainBomb(2100)}`));
    expect(issues).toHaveLength(1);
    expect(issues[0].sv).toContain('för mycket data (mer än 2 MB)');
    expect(issues[0].en).toContain('too much data (more than 2 MB)');
  });

  it('refuses a fragment longer than any browser keeps, without decoding it', () => {
    const issues = issuesOf(scenarioFromFragment(`#s=${'A'.repeat(MAX_JSON_CHARS + 1)}`));
    expect(issues[0].en).toContain('too much data');
  });
});

/**
 * A decompression bomb: LZW codes that each name the entry just being made
 * (w + w[0]), so k codes of a few bits expand to about k²/2 characters "a".
 * Packed as lz-string packs them: each code lowest bit first, 6 bits a character.
 */
function chainBomb(codes: number, end = false): string {
  const bits: number[] = [];
  const write = (value: number, n: number) => {
    for (let i = 0; i < n; i++) bits.push((value >> i) & 1);
  };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    write(dictSize++, numBits);
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
  if (end) write(2, numBits);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = (v << 1) | (bits[i + j] ?? 0);
    out += alphabet[v];
  }
  return end ? `${out}A` : out;
}

describe('decompression bombs', () => {
  it('the test bomb is what lz-string itself decodes to a square of its length', () => {
    const small = chainBomb(300, true);
    const expected = 'a'.repeat(1 + (300 * 301) / 2 + 300);
    expect(LZString.decompressFromEncodedURIComponent(small)).toBe(expected);
    expect(decompressBounded(small, Infinity)).toBe(expected);
  });

  it('a 170 kB link that would expand to 2 billion characters is stopped at the limit, early', () => {
    const bomb = chainBomb(65_000);
    expect(bomb.length).toBeLessThan(200_000);
    // The work done is counted in decoded codes: each adds one piece to the output and one
    // entry to the dictionary (an array push each). The k-th code of the bomb is k + 1
    // characters long, so k codes give (k + 1)(k + 2)/2 characters: past 2 MB (2 097 152)
    // at k = 2 047. A decoder that stops there pushes about 2 × 2 047 times, not 2 × 65 000.
    const push = Array.prototype.push;
    let pushes = 0;
    Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
      pushes++;
      return push.apply(this, items);
    };
    let result: ReturnType<typeof decompressBounded>;
    try {
      result = decompressBounded(bomb, MAX_JSON_CHARS);
    } finally {
      Array.prototype.push = push;
    }
    expect(result).toBe(TOO_LARGE);
    expect(pushes).toBeGreaterThan(2 * 2_000);
    expect(pushes).toBeLessThanOrEqual(2 * 2_048 + 2);
  });
});

describe('decompressBounded', () => {
  it('agrees with lz-string on everything lz-string compressed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const c = LZString.compressToEncodedURIComponent(s);
        expect(decompressBounded(c, Infinity)).toBe(s);
      }),
      { numRuns: 500 },
    );
    // ≈1 s alone; a loaded 2-core CI machine has taken over 5 s.
  }, 30_000);

  it('agrees with lz-string on random text in its alphabet whenever it returns text', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 60 }),
        (s) => {
          const mine = decompressBounded(s, 100_000);
          if (typeof mine === 'string')
            expect(LZString.decompressFromEncodedURIComponent(s)).toBe(mine);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives up exactly past the limit', () => {
    const c = LZString.compressToEncodedURIComponent('x'.repeat(1000));
    expect(decompressBounded(c, 1000)).toBe('x'.repeat(1000));
    expect(decompressBounded(c, 999)).toBe(TOO_LARGE);
  });
});

describe('hostile fragments', () => {
  it('random strings never throw and give null or messages', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expectMessages(scenarioFromFragment(s));
        expectMessages(scenarioFromFragment(`#s=${s}`));
      }),
      { numRuns: 1000 },
    );
  });

  it('mutated valid fragments never throw and give a valid scenario or messages', () => {
    const valid = fragmentFor(example(), { ...NO_WHAT_IF, extraFunds: 500_000 });
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$%# &='];
    const mutation = fc.oneof(
      fc.tuple(fc.constant('replace' as const), fc.nat(), fc.constantFrom(...alphabet)),
      fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 40 })),
      fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom(...alphabet)),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        let f = valid;
        for (const [kind, at, arg] of mutations) {
          const i = 3 + (at % Math.max(1, f.length - 3));
          if (kind === 'replace') f = f.slice(0, i) + arg + f.slice(i + 1);
          else if (kind === 'delete') f = f.slice(0, i) + f.slice(i + arg);
          else f = f.slice(0, i) + arg + f.slice(i);
        }
        expectMessages(scenarioFromFragment(f));
      }),
      { numRuns: 400 },
    );
  });

  it('non-strings are not fragments', () => {
    for (const x of [undefined, null, 42, {}, []])
      expect(scenarioFromFragment(x as string)).toBeNull();
  });

  it('prototype keys inside the JSON pollute nothing', () => {
    // With one pinned set, so that the document has a parameter values object to attack.
    const s = { ...example(), parameters: defaultParameterSet(2017) };
    const json = JSON.stringify(s)
      .replace(
        /^\{/,
        '{"__proto__":{"polluted":"top","isAdmin":true},"constructor":{"prototype":{"polluted":"ctor"}},',
      )
      .replace('"values":{', '"values":{"__proto__":{"polluted":"values"},')
      .replace('"groups":[{', '"groups":[{"__proto__":{"polluted":"group"},');
    expect(json).toContain('"__proto__":{"polluted":"values"}');
    const r = scenarioFromFragment(compress(json));
    expect(r?.ok).toBe(true);
    const scenario = r?.ok ? r.scenario : null;
    const plain: Record<string, unknown> = {};
    expect(plain.polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
    expect((scenario as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((scenario?.parameters?.values as unknown as Record<string, unknown>).polluted).toBe(
      undefined,
    );
    expect(JSON.stringify(scenario)).not.toContain('polluted');
    expect(scenario).toEqual(parseScenario(s).ok ? s : null);
  });

  it('a document that is only a prototype key is not a scenario', () => {
    const issues = issuesOf(scenarioFromFragment(compress('{"__proto__":{"format":"x"}}')));
    expect(issues.some((i) => i.path === 'format')).toBe(true);
    expect(({} as Record<string, unknown>).format).toBeUndefined();
  });
});

describe('carriesSharedScenario', () => {
  it('is true for an address with a shared calculation, valid or not, and false otherwise', () => {
    expect(carriesSharedScenario(fragmentFor(exampleScenario()))).toBe(true);
    // Other parameters before it, and a damaged one: a link all the same (its problem is told).
    expect(carriesSharedScenario('#x=1&s=inte-en-kalkyl')).toBe(true);
    expect(carriesSharedScenario('')).toBe(false);
    expect(carriesSharedScenario('#main')).toBe(false);
    expect(carriesSharedScenario('#ss=1')).toBe(false);
  });
});
