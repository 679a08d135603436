/**
 * The "Since the article" items of every card, from one dataset: what has changed since June 2022
 * that bears on each claim. One reader for all cards; no indicator needs code of its own. A build
 * bundles the items of its own indicators; `src/indicators/more.ts` reads its own with `sinceReader`.
 */
import text from '../../datasets/since-the-article.csv?raw';
import type { SinceItem } from '../indicator.js';
import { loadRows } from './data.js';

const SINCE = 'since-the-article';

/**
 * The reader of a text of the `since-the-article` dataset: the items of one card, oldest first
 * (the dataset's order). Throws `DataError` if the data fails its checks.
 */
export const sinceReader =
  (csv: string) =>
  (indicatorId: string): SinceItem[] =>
    loadRows<SinceItem>({ name: SINCE, text: csv }).filter((item) => item.indicator_id === indicatorId);

/** The items of one of the bundled indicators' cards. */
export const sinceTheArticle = sinceReader(text);
