import type { Indicator } from '../indicator.js';
import type { Row } from '../lib/datapackage.js';
import { capabilityMilestones } from './capability-milestones.js';
import { defenceBudgetGdp } from './defence-budget-gdp.js';
import { defenceSpendingRank } from './defence-spending-rank.js';
import { f35Fleet } from './f35-fleet.js';
import { ipd22Deployment } from './ipd22-deployment.js';
import { japanDefenceBudget } from './japan-defence-budget.js';
import { japanNatoTimeline } from './japan-nato-timeline.js';
import { natoGlobalPartners } from './nato-global-partners.js';
import { natoTwoPercent } from './nato-two-percent.js';
import { pacificExercises } from './pacific-exercises.js';
import { regionalMilitarySpending } from './regional-military-spending.js';

/** Every indicator, in the order the dashboard shows them. Adding one is one line here. */
export const INDICATORS: ReadonlyArray<Indicator<any>> = [
  defenceBudgetGdp,
  japanDefenceBudget,
  defenceSpendingRank,
  natoTwoPercent,
  regionalMilitarySpending,
  f35Fleet,
  capabilityMilestones,
  ipd22Deployment,
  japanNatoTimeline,
  natoGlobalPartners,
  pacificExercises,
];

/** The indicator with that id, or undefined. */
export function findIndicator(id: string | null | undefined): Indicator<Row> | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}
