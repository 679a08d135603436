/**
 * The scorecard, `claims.csv` and the page's ClaimReview items come from one list of checked
 * claims: in the article's order, with the cards' own verdicts.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../src/article.js';
import { checkClaims } from '../src/indicator.js';
import { INDICATORS } from '../src/indicators/all.js';
import { claimReviewGraph } from '../src/lib/claim-review.js';
import { claimRows, claimsTable, CLAIMS_FIELDS, verdictCounts } from '../src/lib/claims.js';
import { toCSV } from '../src/lib/csv.js';
import { loadRows } from '../src/lib/data.js';
import { ARTICLE_SNAPSHOT, collapseSpace } from './shared-files.js';

const rows = claimRows(INDICATORS);
const allClaims = INDICATORS.flatMap((indicator) => indicator.claims);

describe('claimRows', () => {
  it('lists every claim of every card once', () => {
    expect(rows.map((r) => r.claim.id).sort()).toEqual(allClaims.map((c) => c.id).sort());
    expect(new Set(allClaims.map((c) => c.id)).size, 'claim ids are unique').toBe(allClaims.length);
  });

  it('puts the claims in the order of the article, and claims of one sentence in the order of their words', () => {
    const position = (quote: string, words: string) => {
      const sentence = ARTICLE_SNAPSHOT.sentences.findIndex((s) => collapseSpace(s).includes(collapseSpace(quote)));
      return sentence * 10_000 + collapseSpace(quote).indexOf(collapseSpace(words));
    };
    const positions = rows.map((r) => position(r.claim.quote, r.words));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const budget = rows.findIndex((r) => r.claim.id === 'defence-budget-gdp');
    const rank = rows.findIndex((r) => r.claim.id === 'defence-spending-rank');
    expect(budget).toBeLessThan(rank);
  });

  it('carries each card’s own verdict', () => {
    for (const indicator of INDICATORS) {
      const verdicts = checkClaims(indicator, loadRows(indicator.dataset));
      for (const { claim, check } of verdicts) expect(rows.find((r) => r.claim.id === claim.id)!.check).toEqual(check);
    }
  });

  it('names the deciding figure of each claim it can check', () => {
    for (const row of rows.filter((r) => r.check.status !== 'unverifiable')) expect(row.deciding, row.claim.id).toMatch(/: \S/);
  });

  it('leaves out a card whose data fails, and says which', () => {
    const broken = { ...INDICATORS[0]!, id: 'broken', dataset: { name: 'broken', text: 'not,a,known,dataset\n' } };
    const failed: string[] = [];
    const some = claimRows([broken, INDICATORS[1]!], { onError: (indicator) => failed.push(indicator.id) });
    expect(failed).toEqual(['broken']);
    expect(some.map((r) => r.indicator.id)).toEqual([INDICATORS[1]!.id]);
  });
});

describe('verdictCounts', () => {
  it('counts the verdicts in a fixed order and leaves out those that do not occur', () => {
    const counted = verdictCounts(rows);
    const total = [...counted.matchAll(/(\d+) /g)].reduce((sum, [, n]) => sum + Number(n), 0);
    expect(total).toBe(rows.length);
    expect(verdictCounts(rows.filter((r) => r.check.status === 'supported'))).toMatch(/^\d+ supported$/);
    expect(verdictCounts([])).toBe('');
  });
});

describe('claims.csv', () => {
  it('has one row per claim: claim, verdict, deciding figure, indicator id and source', () => {
    const parsed = csvParse(toCSV(claimsTable(rows), CLAIMS_FIELDS));
    expect(parsed.columns).toEqual(['claim', 'verdict', 'deciding_figure', 'indicator', 'source']);
    expect(parsed).toHaveLength(rows.length);
    parsed.forEach((line, i) => {
      expect(line.indicator).toBe(rows[i]!.indicator.id);
      expect(line.verdict).toBe(rows[i]!.check.verdict);
      expect(line.claim).toBe(rows[i]!.words);
      expect(line.source).not.toBe('');
    });
  });
});

describe('ClaimReview', () => {
  const graph = claimReviewGraph(rows, { pageUrl: 'https://example.org/di/' });

  it('reviews every claim with its verbatim sentence, the article, the verdict and the card', () => {
    expect(graph).toHaveLength(rows.length);
    graph.forEach((item, i) => {
      const { indicator, claim, check } = rows[i]!;
      expect(item['@type']).toBe('ClaimReview');
      expect(item.claimReviewed).toBe(claim.quote);
      expect(item.url).toBe(`https://example.org/di/#${indicator.id}`);
      expect(item.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: check.verdict });
      expect(item.itemReviewed['@type']).toBe('Claim');
      expect(item.itemReviewed.appearance).toMatchObject({ '@type': 'Article', url: ARTICLE.url, headline: ARTICLE.title, datePublished: '2022-06' });
      expect(item.itemReviewed.appearance.author.map((a) => a.name)).toEqual(['Wrenn Yennie Lindgren', 'Per Erik Solli']);
    });
  });

  it('points at the card on the page itself when the site address is unknown', () => {
    expect(claimReviewGraph(rows.slice(0, 1))[0]!.url).toBe(`#${rows[0]!.indicator.id}`);
  });
});
