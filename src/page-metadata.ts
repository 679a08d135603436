/**
 * What the dashboard page says of itself to machines, computed at build time from the registry
 * (vite.config.ts loads this module through Vite's module runner, which reads the bundled CSVs).
 */
import { INDICATORS } from './indicators/all.js';
import { claimReviewGraph, type ClaimReviewNode } from './lib/claim-review.js';
import { claimRows } from './lib/claims.js';

/** A ClaimReview for every claim of every card, in the order of the article. A card whose data fails stops the build. */
export function claimReviews(pageUrl?: string): ClaimReviewNode[] {
  const rows = claimRows(INDICATORS, {
    onError: (indicator, error) => {
      throw new Error(`the data of "${indicator.id}" fails its checks: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  return claimReviewGraph(rows, { pageUrl });
}
