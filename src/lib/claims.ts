/**
 * Every claim the dashboard tests, checked and put in the order of the article: what the
 * scorecard lists, what `claims.csv` holds and what the page's ClaimReview items say. One
 * function computes them all, so the three can never disagree with each other or with the cards.
 */
import { sentences } from '../../datasets/sources/article/rusi-japan-nato-madrid-2022.json';
import { checksOf, type Claim, type ClaimCheck, decidingFigure, type Indicator } from '../indicator.js';
import type { Field, Row } from './datapackage.js';
import { loadRows, resourceOf } from './data.js';
import { sourcesByPublisher } from './datapackage.js';

/** One claim with its verdict and where it stands in the article. */
export interface ClaimRow {
  indicator: Indicator<Row>;
  claim: Claim<Row>;
  check: ClaimCheck;
  /** The words that make the claim: its excerpt, or the whole sentence. */
  words: string;
  /** The deciding figure as one line, "Japan, 2021 (SIPRI): 1.06%"; empty when the check has none. */
  deciding: string;
  /** The publishers of the card's figures, each once. */
  sources: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const SENTENCES = sentences.map(collapse);

/** Where a claim stands in the article: its sentence, then where its words start in it. */
function positionOf(claim: Claim<Row>): [number, number] {
  const quote = collapse(claim.quote);
  const sentence = SENTENCES.findIndex((s) => s.includes(quote));
  return [sentence < 0 ? Number.MAX_SAFE_INTEGER : sentence, quote.indexOf(collapse(claim.excerpt ?? claim.quote))];
}

/**
 * Every claim of `indicators`, checked against its card's rows, in the order of the article.
 * A card whose data fails its checks is left out; `onError` hears why.
 */
export function claimRows(
  indicators: ReadonlyArray<Indicator<Row>>,
  { onError = () => {} }: { onError?: (indicator: Indicator<Row>, error: unknown) => void } = {},
): ClaimRow[] {
  const rows = indicators.flatMap((indicator) => {
    let data: Row[];
    try {
      data = loadRows(indicator.dataset);
    } catch (error) {
      onError(indicator, error);
      return [];
    }
    const sources = [...sourcesByPublisher(resourceOf(indicator.dataset.name).sources).keys()];
    return checksOf(indicator, data).map(({ claim, check }) => {
      const figure = decidingFigure(check);
      return { indicator, claim, check, words: claim.excerpt ?? claim.quote, deciding: figure ? `${figure.label}: ${figure.value}` : '', sources };
    });
  });
  const position = new Map(rows.map((row) => [row, positionOf(row.claim)]));
  return rows.sort((a, b) => {
    const [sa, wa] = position.get(a)!;
    const [sb, wb] = position.get(b)!;
    return sa - sb || wa - wb;
  });
}

/** "12 supported, 3 partly supported, 1 not supported": the verdicts counted, in a fixed order, none left out that occurs. */
export function verdictCounts(rows: readonly ClaimRow[]): string {
  const words = { supported: 'supported', 'partly-supported': 'partly supported', 'not-supported': 'not supported', unverifiable: 'unverifiable' } as const;
  return (Object.keys(words) as Array<keyof typeof words>)
    .map((status) => [rows.filter((r) => r.check.status === status).length, words[status]] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
}

/** The columns of `claims.csv`. */
export const CLAIMS_FIELDS: ReadonlyArray<Pick<Field, 'name'>> = [
  { name: 'claim' },
  { name: 'verdict' },
  { name: 'deciding_figure' },
  { name: 'indicator' },
  { name: 'source' },
];

/** The rows of `claims.csv`: one per claim, in the order of the article. */
export function claimsTable(rows: readonly ClaimRow[]): Row[] {
  return rows.map(({ indicator, check, words, deciding, sources }) => ({
    claim: words,
    verdict: check.verdict,
    deciding_figure: deciding,
    indicator: indicator.id,
    source: sources.join('; '),
  }));
}
