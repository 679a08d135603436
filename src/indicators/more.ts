/**
 * The indicators that the embed script does not carry, with their data: the entry of
 * `defence-indicators.more.js` (vite.config.ts, `--mode embed-more`), which the registry loads on
 * first need (src/indicators/load-more.ts). Moving an indicator here is one line here and its id
 * alone in `src/indicators/index.ts`.
 */
import laterPackage from '../../datasets/datapackage.json?more';
import laterSince from '../../datasets/since-the-article.csv?raw&more';
import type { Indicator } from '../indicator.js';
import { addResources } from '../lib/data.js';
import type { DataPackage } from '../lib/datapackage.js';
import { sinceReader } from '../lib/since.js';
import { capabilityMilestones } from './capability-milestones.js';
import { japanDefenceBudget } from './japan-defence-budget.js';
import { japanNatoTimeline } from './japan-nato-timeline.js';
import { natoTwoPercent } from './nato-two-percent.js';
import { pacificExercises } from './pacific-exercises.js';
import { regionalMilitarySpending } from './regional-military-spending.js';

// Their datasets' descriptions and "Since the article" items come with them, not in the embed script.
addResources((laterPackage as DataPackage).resources);
const since = sinceReader(laterSince);

export const indicators: ReadonlyArray<Indicator<any>> = [
  capabilityMilestones,
  japanDefenceBudget,
  japanNatoTimeline,
  natoTwoPercent,
  pacificExercises,
  regionalMilitarySpending,
].map((indicator) => ({ ...indicator, since: indicator.since ?? since }));
