/**
 * The portfolio's rankings against the reports' benchmarks: payback within
 * 12 months, revenue per krona, and the cost per participant against the
 * standard cost and the NNS figure. Equal values share a rank.
 */
import type { Payback } from './appraisal';

/**
 * The benchmarks the reports compare with: payback within 12 months (a
 * meta-study of 58 evaluations), the standard cost of 64 000 kr per
 * participant (the same meta-study, excl. indirect taxes) and 82 000 kr per
 * participant (NNS 2015:1, quoted in the Balder report). The reports cite the
 * amounts unchanged from 2017 to 2024, so they are not carried by KPI.
 */
export const PORTFOLIO_BENCHMARKS = {
  paybackMonths: 12,
  standardCostPerParticipant: 64_000,
  nnsCostPerParticipant: 82_000,
} as const;

export type CostBand = 'withinStandard' | 'withinNns' | 'aboveNns';

export interface RankEntry {
  key: string;
  label: string;
  /** 1 for the best; members with the same value share a rank. */
  rank: number;
  participants: number;
  /** Payback for society within the 12-month benchmark. */
  paybackMet: boolean;
  /** Yearly revenue per krona of at least 1, which repays the cost within 12 months. */
  revenueMet: boolean;
  costBand: CostBand;
  paybackMonths: Payback;
  revenuePerKrona: number | null;
  costPerParticipant: number;
}

const paybackKey = (p: Payback) => (p === 'neg' ? Number.POSITIVE_INFINITY : p);

function costBand(costPerParticipant: number): CostBand {
  if (costPerParticipant <= PORTFOLIO_BENCHMARKS.standardCostPerParticipant)
    return 'withinStandard';
  if (costPerParticipant <= PORTFOLIO_BENCHMARKS.nnsCostPerParticipant) return 'withinNns';
  return 'aboveNns';
}

/** Order entries by `value` (smaller first), ties by name; equal values share a rank. */
function ranked(
  entries: Omit<RankEntry, 'rank'>[],
  value: (e: Omit<RankEntry, 'rank'>) => number,
): RankEntry[] {
  const sorted = [...entries].sort(
    (a, b) =>
      value(a) - value(b) || a.label.localeCompare(b.label, 'sv') || (a.key < b.key ? -1 : 1),
  );
  let rank = 0;
  return sorted.map((e, i) => {
    if (i === 0 || value(e) !== value(sorted[i - 1])) rank = i + 1;
    return { ...e, rank };
  });
}

/** What a member is ranked by: its key and label and its figures as the portfolio counts them. */
export interface RankedMember {
  key: string;
  label: string;
  figures: {
    participants: number;
    paybackMonths: { samhalle: Payback };
    revenuePerKrona: number | null;
    costPerParticipant: number;
  } | null;
}

/** The rankings of the members that are counted (members without figures are left out). */
export function rankMembers(members: readonly RankedMember[]): {
  payback: RankEntry[];
  revenuePerKrona: RankEntry[];
  costPerParticipant: RankEntry[];
} {
  const entries = members.flatMap((r) => {
    const fig = r.figures;
    if (!fig) return [];
    const pb = fig.paybackMonths.samhalle;
    return [
      {
        key: r.key,
        label: r.label,
        participants: fig.participants,
        paybackMet: pb !== 'neg' && pb <= PORTFOLIO_BENCHMARKS.paybackMonths,
        revenueMet: fig.revenuePerKrona === null ? pb === 0 : fig.revenuePerKrona >= 1,
        costBand: costBand(fig.costPerParticipant),
        paybackMonths: pb,
        revenuePerKrona: fig.revenuePerKrona,
        costPerParticipant: fig.costPerParticipant,
      },
    ];
  });
  return {
    payback: ranked(entries, (e) => paybackKey(e.paybackMonths)),
    // Nothing spent for a positive revenue (payback 0) is the most revenue per krona there can be.
    revenuePerKrona: ranked(entries, (e) =>
      e.revenuePerKrona !== null
        ? -e.revenuePerKrona
        : e.paybackMonths === 0
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
    ),
    costPerParticipant: ranked(entries, (e) => e.costPerParticipant),
  };
}
