/**
 * The rule data's registry (registry.ts): nothing is there until someone
 * installs or loads it, loading installs the data once, and an installed set
 * is kept. Each test takes a fresh copy of the module, since the test setup
 * installs the data in the shared one.
 */
import { describe, expect, it } from 'vitest';
import { RULES_DATA } from './data';
import type * as RegistryModule from './registry';

type Registry = typeof RegistryModule;
let copies = 0;
/**
 * A copy of the module of its own (a query makes Vite load it again), so the
 * module the other tests share, and its installed data, are left alone.
 */
async function freshRegistry(): Promise<Registry> {
  copies++;
  return (await import(/* @vite-ignore */ `./registry.ts?copy=${copies}`)) as Registry;
}

describe('the rule registry', () => {
  it('refuses to hand out data nobody installed', async () => {
    const r = await freshRegistry();
    expect(r.rulesLoaded()).toBe(false);
    expect(() => r.rulesData()).toThrow(
      'Rule data not loaded: call loadRules() or import rules/install',
    );
  });

  it('loads the rule data once', async () => {
    const r = await freshRegistry();
    await r.loadRules();
    expect(r.rulesLoaded()).toBe(true);
    const data = r.rulesData();
    expect(data.CPI[2020].value).toBe(335.92);
    await r.loadRules();
    expect(r.rulesData()).toBe(data);
  });

  it('keeps data already installed when asked to load', async () => {
    const r = await freshRegistry();
    const own = { ...RULES_DATA };
    r.installRules(own);
    expect(r.rulesLoaded()).toBe(true);
    await r.loadRules();
    expect(r.rulesData()).toBe(own);
  });
});
