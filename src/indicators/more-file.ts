/** The second script, beside the embed script: the indicators of `src/indicators/more.ts` (vite.config.ts reads these names too). */
export const MORE_FILE = 'defence-indicators.more.js';
/** The global it sets (its IIFE's name). */
export const MORE_GLOBAL = 'DefenceIndicatorsMore';
