import type { DerivedDataset } from '../context.js';
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
import { sinceTheArticle } from './since-the-article.js';
import { sipriMilex } from './sipri-milex-2025.js';

/** Every dataset of `datasets/`, in the order of `datapackage.json`; a dataset may read those before it. */
export const DATASETS: readonly DerivedDataset[] = [
  sipriMilex,
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
  sinceTheArticle,
];
