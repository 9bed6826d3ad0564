/**
 * Core vocabulary of the model (docs/MODEL.md §2): actors, perspectives and
 * ledger components. Amounts are kronor in full precision, shares are 0–1
 * and named `…Share`.
 */

/** The actors whose net effects the reports show (MODEL.md §2). */
export const ACTORS = ['kommun', 'region', 'af', 'fk', 'ovrigStat', 'individ'] as const;
export type Actor = (typeof ACTORS)[number];

/** Public actors that can finance an intervention. */
export const FINANCIERS = ['kommun', 'region', 'af', 'fk', 'ovrigStat'] as const;
export type Financier = (typeof FINANCIERS)[number];

/** Ledger parties: the actors plus the employer, an internal counter-party that nets zero. */
export const PARTIES = [...ACTORS, 'arbetsgivare'] as const;
export type Party = (typeof PARTIES)[number];

/**
 * The perspectives results are reported from: society (the real total), each
 * actor, and "staten totalt" = af + fk + ovrigStat.
 */
export const PERSPECTIVES = [
  'samhalle',
  'kommun',
  'region',
  'statenTotalt',
  'af',
  'fk',
  'ovrigStat',
  'individ',
] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Perspectives that bear part of the intervention's cost (everyone but the participants). */
export type CostPerspective = Exclude<Perspective, 'individ'>;
export const COST_PERSPECTIVES = PERSPECTIVES.filter(
  (p): p is CostPerspective => p !== 'individ',
) as readonly CostPerspective[];

export type PerspectiveVector = Record<Perspective, number>;

/** What an effect is about; the breakdown that explains any actor's number. */
export const COMPONENTS = [
  'production',
  'wage',
  'tax',
  'benefit',
  'subsidy',
  'handling',
  'programme',
  'education',
  'care',
  'otherResources',
] as const;
export type Component = (typeof COMPONENTS)[number];

export const GENDERS = ['kvinna', 'man', 'annat'] as const;
export type Gender = (typeof GENDERS)[number];

export const zeroVector = (): PerspectiveVector => ({
  samhalle: 0,
  kommun: 0,
  region: 0,
  statenTotalt: 0,
  af: 0,
  fk: 0,
  ovrigStat: 0,
  individ: 0,
});

/**
 * What a participant's after-situation is, for persistence per outcome type:
 * work (any work), studies (studies, no work) or other.
 */
export const OUTCOMES = ['work', 'studies', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];
