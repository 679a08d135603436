import type { Indicator } from '../indicator.js';
import type { Row } from '../lib/datapackage.js';
import { defenceBudgetGdp } from './defence-budget-gdp.js';
import { defenceSpendingRank } from './defence-spending-rank.js';
import { f35Fleet } from './f35-fleet.js';
import { ipd22Deployment } from './ipd22-deployment.js';
import { loadMore } from './load-more.js';
import { MORE_FILE } from './more-file.js';
import { natoGlobalPartners } from './nato-global-partners.js';

/**
 * Every indicator, in the order the dashboard shows them. Adding one is one line here: the
 * indicator itself, carried by the embed script with its data, or its id alone, for one that is
 * loaded on first need from `src/indicators/more.ts` (`defence-indicators.more.js` beside the embed script).
 * Node's full, synchronous list is `src/indicators/all.ts`.
 */
const REGISTRY: ReadonlyArray<Indicator<any> | string> = [
  defenceBudgetGdp,
  'japan-defence-budget',
  defenceSpendingRank,
  'nato-two-percent',
  'regional-military-spending',
  f35Fleet,
  'capability-milestones',
  ipd22Deployment,
  'japan-nato-timeline',
  natoGlobalPartners,
  'pacific-exercises',
];

/** Every indicator's id, in the dashboard's order. */
export const INDICATOR_IDS: ReadonlyArray<string> = REGISTRY.map((entry) => (typeof entry === 'string' ? entry : entry.id));

/** The indicators at hand, by id: the embed script's at once, the others once loaded. */
const ready = new Map<string, Indicator<Row>>(REGISTRY.flatMap((entry) => (typeof entry === 'string' ? [] : [[entry.id, entry] as const])));
let loading: Promise<ReadonlyArray<Indicator<Row>>> | undefined;

/** Whether the embed script carries the indicator itself, with its data (one of the headline cards). */
export const inEmbedScript = (id: string) => REGISTRY.some((entry) => typeof entry !== 'string' && entry.id === id);

/** Whether `id` names an indicator, loaded or not. */
export const isIndicatorId = (id: string | null | undefined): boolean => INDICATOR_IDS.includes(id as string);

/** The indicator with that id if it is at hand, or undefined (unknown, or not loaded yet: see `loadIndicator`). */
export function findIndicator(id: string | null | undefined): Indicator<Row> | undefined {
  return ready.get(id as string);
}

/**
 * Every indicator, in the dashboard's order: loads the others once per page, on first use; a
 * failed load (its message names the file and its address) is tried again on the next call.
 */
export function loadIndicators(): Promise<ReadonlyArray<Indicator<Row>>> {
  if (!loading) {
    loading = (ready.size === INDICATOR_IDS.length ? Promise.resolve([]) : loadMore()).then((more) => {
      for (const indicator of more) ready.set(indicator.id, indicator);
      return INDICATOR_IDS.map((id) => {
        const indicator = ready.get(id);
        if (!indicator) throw new Error(`${MORE_FILE} does not define "${id}": use the file built with this script`);
        return indicator;
      });
    });
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** The indicator with that id, loaded if need be; undefined for an unknown id. */
export async function loadIndicator(id: string | null | undefined): Promise<Indicator<Row> | undefined> {
  if (!isIndicatorId(id)) return undefined;
  return findIndicator(id) ?? (await loadIndicators()).find((indicator) => indicator.id === id);
}
