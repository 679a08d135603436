import type { Indicator } from '../indicator.js';
import { loadGlobal } from '../lib/beside-script.js';
import { MORE_FILE, MORE_GLOBAL } from './more-file.js';

/** True in the embed script's build only (vite.config.ts `define`); absent where no Vite build runs. */
declare const __DI_EMBED__: boolean | undefined;

/**
 * The indicators of `src/indicators/more.ts`. The embed script adds `defence-indicators.more.js`
 * to the page; every ES-module build imports them, a chunk of its own. The constant removes the
 * other branch at build time: a dynamic import in the embed script would be inlined into it.
 */
export function loadMore(): Promise<ReadonlyArray<Indicator<any>>> {
  if (typeof __DI_EMBED__ !== 'undefined' && __DI_EMBED__)
    return loadGlobal<typeof import('./more.js')>(MORE_FILE, MORE_GLOBAL, 'the indicators').then((more) => more.indicators);
  return import('./more.js').then((more) => more.indicators);
}
