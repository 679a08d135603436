import type { Indicator } from '../indicator.js';
import type { Row } from '../lib/datapackage.js';
import { defenceBudgetGdp } from './defence-budget-gdp.js';
import { defenceSpendingRank } from './defence-spending-rank.js';
import { f35Fleet } from './f35-fleet.js';
import { ipd22Deployment } from './ipd22-deployment.js';
import { natoGlobalPartners } from './nato-global-partners.js';

/** Every indicator, in the order the dashboard shows them. Adding one is one line here. */
export const INDICATORS: ReadonlyArray<Indicator<any>> = [
  defenceBudgetGdp,
  defenceSpendingRank,
  f35Fleet,
  ipd22Deployment,
  natoGlobalPartners,
];

/** The indicator with that id, or undefined. */
export function findIndicator(id: string | null | undefined): Indicator<Row> | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}
