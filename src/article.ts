import { monthName } from './lib/words.js';

/** An author of the article, as a citation needs the name: given names and family name apart. */
export interface Author {
  given: string;
  family: string;
}

const AUTHORS: readonly Author[] = [
  { given: 'Wrenn', family: 'Yennie Lindgren' },
  { given: 'Per Erik', family: 'Solli' },
];
/** Month of publication (1–12) and year. */
const PUBLISHED = { year: 2022, month: 6 } as const;

/** The commentary whose claims the indicators test. */
export const ARTICLE = {
  title: 'Evolving Japan–NATO Relations in the Leadup to the Madrid Summit',
  /** Each author's names, in byline order; `authors` is the byline. */
  people: AUTHORS,
  authors: AUTHORS.map(({ given, family }) => `${given} ${family}`).join(' and '),
  publisher: 'RUSI',
  kind: 'Commentary',
  published: PUBLISHED,
  /** The month of publication as the card prints it: "June 2022". */
  date: `${monthName(PUBLISHED.month)} ${PUBLISHED.year}`,
  url: 'https://rusi.org/explore-our-research/publications/commentary/evolving-japan-nato-relations-leadup-madrid-summit',
} as const;
