/**
 * The sums an evaluation combines (MODEL.md §7): a time point's participants, the
 * before-sums split by the outcome type of the after-situation at each follow-up when
 * persistence differs by type (MODEL.md §10), and the what-if variants of the
 * after-situations, valued once each.
 */
import { describe, expect, it } from 'vitest';
import {
  eb,
  oneCohortScenario,
  sit,
  sp,
  study,
  subs,
  work,
} from '../../../tests/support/scenario-builders';
import { evaluatePrepared, evaluateScenario, prepare, stepValue } from '../evaluate';
import { defaultParamValues } from '../parameters';
import { type Situation } from '../schema';
import { NO_WHAT_IF } from './what-if';
import { timePoint } from './basis';

// The example's cohort is of 2017: valued with the rules of 2017, in 2017 prices.
const params = defaultParamValues(2017);

const scenario = oneCohortScenario;

describe('time points', () => {
  it('has no participants at a follow-up no group has', () => {
    const prep = prepare(
      scenario([
        { id: 'a', label: '', count: 2, gender: 'man', before: sit(eb()), after: sit(work()) },
      ]),
    );
    expect(timePoint(prep, 'exit')[0].participants[0]).toBe(2);
    expect(() => timePoint(prep, 'm6')).toThrow('no participants at time point m6');
    expect(() => timePoint(prep, 'm24')).toThrow('no participants at time point m24');
  });
});

describe('persistence per outcome type at the follow-ups', () => {
  // 2 women: social assistance → sick pay at exit (other), work at 6 months, studies at 24.
  // 1 man: social assistance → studies at exit, no follow-up. A group of 0 is left out.
  // Work lasts (1), studies keep half a year (0.5), other is gone after year 1 (0).
  const s = scenario(
    [
      {
        id: 'a',
        label: '',
        count: 2,
        gender: 'kvinna',
        before: sit(eb()),
        after: sit(sp()),
        followUp6: sit(work()),
        followUp24: sit(study()),
      },
      { id: 'b', label: '', count: 1, gender: 'man', before: sit(eb()), after: sit(study()) },
      {
        id: 'c',
        label: '',
        count: 0,
        gender: 'man',
        before: sit(sp()),
        after: sit(subs(1, 0.8)),
        followUp6: sit(subs(1, 0.8)),
        followUp24: sit(subs(1, 0.8)),
      },
    ],
    (x) => (x.appraisal.persistence = { work: 1, studies: 0.5, other: 0 }),
  );
  const step = (after: Situation) => stepValue(sit(eb()), after, params).samhalle;

  it('lets each follow-up fade at the rate of the outcome type reached at that follow-up', () => {
    const r = evaluateScenario(s);
    const at = (tp: string) => r.followUps.find((f) => f.timePoint === tp)!.result;
    expect(r.followUps.map((f) => f.timePoint)).toEqual(['exit', 'm6', 'm24']);
    // Year 2 (factor persistence^1):
    // exit: 2 × sick pay × 0 + 1 × studies × 0.5
    expect(at('exit').revenueByYear[1].samhalle).toBeCloseTo(0.5 * step(sit(study())), 4);
    // 6 months: the 2 women, in work: 2 × work × 1
    expect(at('m6').revenueByYear[1].samhalle).toBeCloseTo(2 * step(sit(work())), 4);
    // 24 months: the 2 women, studying: 2 × studies × 0.5
    expect(at('m24').revenueByYear[1].samhalle).toBeCloseTo(2 * 0.5 * step(sit(study())), 4);
    // Year 1 is the full change at each time point.
    expect(at('exit').revenueByYear[0].samhalle).toBeCloseTo(
      2 * step(sit(sp())) + step(sit(study())),
      4,
    );
    expect(at('m6').participants).toBe(2);
  });
});

describe('what-if variants', () => {
  it('a converted situation that a participant already has is the same situation, valued once', () => {
    // Group a's subsidised job converted is group b's unsubsidised job: 3 situations in all.
    const prep = prepare(
      scenario([
        {
          id: 'a',
          label: '',
          count: 2,
          gender: 'man',
          before: sit(eb()),
          after: sit(subs(1, 0.8)),
        },
        { id: 'b', label: '', count: 1, gender: 'man', before: sit(eb()), after: sit(work()) },
      ]),
    );
    const r = evaluatePrepared(prep, { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 1 });
    expect(r.stats.situations).toBe(3);
    // All 3 in unsubsidised work: 3 × the step to work.
    expect(r.total.yearlyRevenue.samhalle).toBeCloseTo(
      3 * stepValue(sit(eb()), sit(work()), params).samhalle,
      4,
    );
  });
});
