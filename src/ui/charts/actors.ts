/**
 * Which perspectives the charts show and how: the default order (society,
 * kommun, region, staten totalt with its parts af, fk, övrig stat, then the
 * participants), and each actor's line style for the cumulative chart, so a
 * line is told apart by dash and marker shape as well as by colour.
 */
import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import { PERSPECTIVES, type CostPerspective, type Perspective } from '../../engine/types';

export const ALL_PERSPECTIVES: readonly Perspective[] = PERSPECTIVES;

export const COST_PERSPECTIVES: readonly CostPerspective[] = PERSPECTIVES.filter(
  (p): p is CostPerspective => p !== 'individ',
);

/** The cumulative chart's actors shown until the reader chooses others. */
export const DEFAULT_CUMULATIVE: readonly CostPerspective[] = [
  'samhalle',
  'kommun',
  'region',
  'statenTotalt',
];

/** Parts of "staten totalt": indented under it when it is shown. */
export const STATE_PARTS: readonly Perspective[] = ['af', 'fk', 'ovrigStat'];

export interface ActorStyle {
  dash: string;
  width: number;
  symbol: SymbolType;
}

export const ACTOR_STYLE: Record<CostPerspective, ActorStyle> = {
  samhalle: { dash: 'none', width: 3, symbol: symbolCircle },
  kommun: { dash: '8 4', width: 2, symbol: symbolSquare },
  region: { dash: '2 3', width: 2.5, symbol: symbolTriangle },
  statenTotalt: { dash: '12 3 3 3', width: 2, symbol: symbolDiamond },
  af: { dash: '4 2', width: 2, symbol: symbolCross },
  fk: { dash: '1 4', width: 3, symbol: symbolStar },
  ovrigStat: { dash: '14 4', width: 1.5, symbol: symbolWye },
};

/** The CSS custom property holding an actor's colour (defined in chart-frame). */
export const actorColour = (p: Perspective) => `var(--chart-actor-${p})`;
