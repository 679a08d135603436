/**
 * schema.org `ClaimReview` items, the markup fact-checkers publish and search engines read:
 * one per claim the dashboard tests, made from the same checked claims as the scorecard, so the
 * page's metadata and its verdicts can never disagree. Plain objects, no DOM.
 */
import { ARTICLE } from '../article.js';
import type { ClaimRow } from './claims.js';
import type { JsonLdNode } from './jsonld.js';

interface Person extends JsonLdNode {
  '@type': 'Person';
  name: string;
}

/** The article as the page where the claims appear. */
interface ArticleNode extends JsonLdNode {
  '@type': 'Article';
  url: string;
  headline: string;
  author: Person[];
  datePublished: string;
  publisher: { '@type': 'Organization'; name: string };
}

export interface ClaimReviewNode extends JsonLdNode {
  '@type': 'ClaimReview';
  /** The card that reviews the claim: `<page>#<indicator id>`. */
  url: string;
  /** The article's sentence that makes the claim, word for word. */
  claimReviewed: string;
  itemReviewed: { '@type': 'Claim'; appearance: ArticleNode; author: Person[]; datePublished: string };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string };
  author: { '@type': 'Organization'; name: string };
}

export interface ClaimReviewOptions {
  /** Absolute address of the page; unset, each `url` is a fragment of the page itself (`#f35-fleet`). */
  pageUrl?: string;
  /** Who reviews the claims. */
  reviewer?: string;
}

const PUBLISHED = `${ARTICLE.published.year}-${String(ARTICLE.published.month).padStart(2, '0')}`;

/** One ClaimReview per claim, in the order of the article. */
export function claimReviewGraph(rows: readonly ClaimRow[], { pageUrl = '', reviewer = 'defence-indicators' }: ClaimReviewOptions = {}): ClaimReviewNode[] {
  const authors: Person[] = ARTICLE.people.map(({ given, family }) => ({ '@type': 'Person', name: `${given} ${family}` }));
  const appearance: ArticleNode = {
    '@type': 'Article',
    url: ARTICLE.url,
    headline: ARTICLE.title,
    author: authors,
    datePublished: PUBLISHED,
    publisher: { '@type': 'Organization', name: 'Royal United Services Institute (RUSI)' },
  };
  return rows.map(({ indicator, claim, check }) => ({
    '@type': 'ClaimReview',
    url: `${pageUrl}#${indicator.id}`,
    claimReviewed: claim.quote,
    itemReviewed: { '@type': 'Claim', appearance, author: authors, datePublished: PUBLISHED },
    reviewRating: { '@type': 'Rating', alternateName: check.verdict, ratingExplanation: check.reasoning },
    author: { '@type': 'Organization', name: reviewer },
  }));
}
