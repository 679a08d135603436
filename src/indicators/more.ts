/**
 * The indicators that the embed script does not carry, with their data: the entry of
 * `defence-indicators.more.js` (vite.config.ts, `--mode embed-more`), which the registry loads on
 * first need (src/indicators/load-more.ts). Moving an indicator here is one line here and its id
 * alone in `src/indicators/index.ts`.
 */
import type { Indicator } from '../indicator.js';
import { capabilityMilestones } from './capability-milestones.js';
import { japanDefenceBudget } from './japan-defence-budget.js';
import { japanNatoTimeline } from './japan-nato-timeline.js';
import { natoTwoPercent } from './nato-two-percent.js';
import { pacificExercises } from './pacific-exercises.js';
import { regionalMilitarySpending } from './regional-military-spending.js';

export const indicators: ReadonlyArray<Indicator<any>> = [
  capabilityMilestones,
  japanDefenceBudget,
  japanNatoTimeline,
  natoTwoPercent,
  pacificExercises,
  regionalMilitarySpending,
];
