/**
 * The "Since the article" items of every card, from one bundled dataset: what has changed since
 * June 2022 that bears on each claim. One reader for all cards; no indicator needs code of its own.
 */
import text from '../../datasets/since-the-article.csv?raw';
import type { SinceItem } from '../indicator.js';
import { type DatasetText, loadRows } from './data.js';

export const SINCE_DATASET: DatasetText = { name: 'since-the-article', text };

/** The items of one card, oldest first (the dataset's order). Throws `DataError` if the data fails its checks. */
export function sinceTheArticle(indicatorId: string): SinceItem[] {
  return loadRows<SinceItem>(SINCE_DATASET).filter((item) => item.indicator_id === indicatorId);
}
