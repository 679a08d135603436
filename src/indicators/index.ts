import type { Indicator } from '../indicator.js';
import type { Row } from '../lib/datapackage.js';
import { defenceBudgetGdp } from './defence-budget-gdp.js';

/** Every indicator, in the order the dashboard shows them. Adding one is one line here. */
export const INDICATORS: ReadonlyArray<Indicator<any>> = [
  defenceBudgetGdp,
];

/** The indicator with that id, or undefined. */
export function findIndicator(id: string | null | undefined): Indicator<Row> | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}
