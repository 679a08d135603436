/**
 * The embed script's entry (`vite build --mode embed`): the library, and what it lends the
 * indicators that `defence-indicators.more.js` adds on first need (src/shared.ts).
 */
export * from './index.js';
export * as shared from './shared.js';
