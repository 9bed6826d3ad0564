import { describe, expect, it } from 'vitest';
import { basicAllowance, incomeTax, jobTaxCredit } from './tax';
import { defaultParamValues } from './parameters';

const PBB_2025 = 58_800;

describe('grundavdrag 2025 (Skatteverket: lowest 24 900 kr, highest 45 300 kr)', () => {
  it('is the lowest amount for small incomes', () => {
    expect(basicAllowance(30_000, PBB_2025)).toBe(24_900);
    expect(basicAllowance(58_000, PBB_2025)).toBe(24_900);
  });
  it('is the highest amount on the plateau (2.72–3.11 PBB)', () => {
    expect(basicAllowance(170_000, PBB_2025)).toBe(45_300);
  });
  it('rises by 20 % of the excess between 0.99 and 2.72 PBB', () => {
    // 100 000: 24 872.4 + 0.2 · (100 000 − 58 212) = 33 230 → rounded up to 33 300
    expect(basicAllowance(100_000, PBB_2025)).toBe(33_300);
  });
  it('never exceeds the income', () => {
    expect(basicAllowance(10_000, PBB_2025)).toBe(10_000);
    expect(basicAllowance(0, PBB_2025)).toBe(0);
  });
});

describe('incomeTax', () => {
  const p = defaultParamValues();
  it('taxes nothing on no income', () => {
    expect(incomeTax(0, 0, p).total).toBe(0);
  });
  it('gives work income a lower tax than the same benefit income (jobbskatteavdrag)', () => {
    const work = incomeTax(300_000, 300_000, p);
    const benefit = incomeTax(300_000, 0, p);
    expect(work.jobTaxCredit).toBeGreaterThan(0);
    expect(benefit.jobTaxCredit).toBe(0);
    expect(work.total).toBeLessThan(benefit.total);
  });
  it('splits local tax between kommun and region in proportion to their rates', () => {
    const t = incomeTax(200_000, 0, p);
    expect(t.kommun / t.region).toBeCloseTo(p.municipalTaxRate / p.regionalTaxRate, 9);
  });
  it('charges state income tax only above the threshold', () => {
    expect(incomeTax(600_000, 600_000, p).state).toBe(0);
    expect(incomeTax(1_000_000, 1_000_000, p).state).toBeGreaterThan(0);
  });
  it('keeps the effective tax on an entry wage in a plausible band (15–30 %)', () => {
    const t = incomeTax(300_000, 300_000, p);
    expect(t.total / 300_000).toBeGreaterThan(0.15);
    expect(t.total / 300_000).toBeLessThan(0.3);
  });
});

describe('jobbskatteavdrag 2025', () => {
  it('reaches the published maximum of 3 941 kr/month at the average local tax rate 32.41 %', () => {
    // High incomes: grundavdrag 17 300 kr; plateau 2.776 PBB.
    expect(Math.round(jobTaxCredit(1_000_000, 17_300, 0.3241, PBB_2025) / 12)).toBe(3941);
  });
  it('gives a 25 000 kr/month wage a net income tax of about 54 100 kr/year (18 %)', () => {
    const p = { ...defaultParamValues(), municipalTaxRate: 0.2072, regionalTaxRate: 0.1169 };
    const t = incomeTax(300_000, 300_000, p);
    // grundavdrag 33 600; local tax 86 340; jobbskatteavdrag 30 722; förvärvsinkomst-reduktion 1 500.
    expect(Math.abs(t.total - 54_118)).toBeLessThan(5);
  });
});
