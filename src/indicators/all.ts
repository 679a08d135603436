/**
 * Every indicator at once, in the dashboard's order, for Node (tests, `npm run export`, the page's
 * JSON-LD): the registry's own and those of `more.ts`. Browsers load the latter on first need
 * through `loadIndicators()` in `index.ts`, and never import this module.
 */
import type { Indicator } from '../indicator.js';
import { findIndicator, INDICATOR_IDS } from './index.js';
import { indicators as more } from './more.js';

export const INDICATORS: ReadonlyArray<Indicator<any>> = INDICATOR_IDS.map((id) => findIndicator(id) ?? more.find((indicator) => indicator.id === id)!);
