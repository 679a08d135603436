/**
 * A ready citation of one card in APA (7th edition), Chicago (17th edition, bibliography) and
 * BibTeX: the dashboard as author, the card's headline, the sources of its data with their
 * releases, the article whose claim it tests, and the day of access. Pure: the day is passed in.
 */
import { ARTICLE, type Author } from '../article.js';
import { type Source, sourcesByPublisher } from './datapackage.js';
import { monthName } from './words.js';

/** The dashboard's name: the author of its charts and the credit on its images. */
export const DASHBOARD = 'defence-indicators';

/** What a citation of a card names. */
export interface CardReference {
  /** The indicator's id; the BibTeX key is `defence-indicators:<id>`. */
  id: string;
  /** The card's headline. */
  title: string;
  /** The sources of its data, from its resource in `datasets/datapackage.json`. */
  sources: readonly Source[];
  /** The card's address, as `URL.href` writes it. */
  url: string;
  /** The day the reader saw the card, in the reader's calendar. */
  accessed: Date;
}

/** The article a card tests: `ARTICLE`, or another with the same fields. */
export interface CitedArticle {
  title: string;
  people: readonly Author[];
  publisher: string;
  kind: string;
  published: { year: number; month: number };
  url: string;
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

export interface CiteOptions {
  article?: CitedArticle;
}

/** The publishers of the sources, each named once, with its releases: "SIPRI …, 2025 (2025 release …); The Japan Times". */
export function sourceNames(sources: readonly Source[]): string {
  return [...sourcesByPublisher(sources)]
    .map(([title, pages]) => {
      const versions = [...new Set(pages.flatMap((page) => page.version ?? []))];
      return versions.length ? `${title} (${versions.join(', ')})` : title;
    })
    .join('; ');
}

/** The card cited in the three styles. */
export function citeCard(card: CardReference, { article = ARTICLE }: CiteOptions = {}): Citations {
  return { apa: apa(card, article), chicago: chicago(card, article), bibtex: bibtex(card, article) };
}

/** "November 28, 2026", as APA and Chicago write a day. */
const longDate = (day: Date) => `${monthName(day.getMonth() + 1)} ${day.getDate()}, ${day.getFullYear()}`;
/** "2026-11-28", as biblatex's `urldate` wants it. */
const isoDate = (day: Date) => [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
/** "Wrenn Yennie Lindgren and Per Erik Solli". */
const byline = (people: readonly Author[]) => {
  const names = people.map(({ given, family }) => `${given} ${family}`);
  return names.length > 2 ? `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}` : names.join(' and ');
};
/** Text that ends a sentence, with a full stop unless it has its own. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

function apa({ title, sources, url, accessed }: CardReference, article: CitedArticle): string {
  const initials = (given: string) => given.split(/[\s-]+/).map((name) => `${name[0]}.`).join(' ');
  const names = article.people.map(({ given, family }) => `${family}, ${initials(given)}`);
  const authors = names.length > 1 ? `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}` : names.join('');
  const { year, month } = article.published;
  return (
    `${DASHBOARD}. (n.d.). ${title} [Chart]. ${sentence(`Data: ${sourceNames(sources)}`)} ` +
    `Tests a claim in ${authors} (${year}, ${monthName(month)}), ${article.title}, ${article.publisher} ${article.kind}, ${article.url}. ` +
    `Retrieved ${longDate(accessed)}, from ${url}`
  );
}

function chicago({ title, sources, url, accessed }: CardReference, article: CitedArticle): string {
  // Chicago puts the full stop inside the quotation marks, unless the title ends with its own.
  const { year, month } = article.published;
  return (
    `${DASHBOARD}. “${sentence(title)}” Chart. ${sentence(`Data: ${sourceNames(sources)}`)} ` +
    `Tests a claim in ${byline(article.people)}, “${article.title},” ${article.publisher} ${article.kind}, ${monthName(month)} ${year}, ${article.url}. ` +
    `Accessed ${longDate(accessed)}. ${url}.`
  );
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
  '–': '--',
  '—': '---',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, dashes written as TeX writes them. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~–—]/g, (c) => BIBTEX_SPECIAL[c]!);
}

function bibtex({ id, title, sources, url, accessed }: CardReference, article: CitedArticle): string {
  const { year, month } = article.published;
  // Inside \url{} in a note, % and # must be escaped; a `url` field is read verbatim.
  const articleUrl = article.url.replace(/[%#]/g, (c) => `\\${c}`);
  const note =
    `Chart. ${sentence(`Data: ${escapeBibtex(sourceNames(sources))}`)} ` +
    `Tests a claim in ${escapeBibtex(byline(article.people))}, \`\`${escapeBibtex(article.title)}'', ` +
    `${escapeBibtex(`${article.publisher} ${article.kind}, ${monthName(month)} ${year}`)}, \\url{${articleUrl}}. ` +
    `Accessed ${longDate(accessed)}`;
  const fields: Array<[string, string]> = [
    ['author', `{${DASHBOARD}}`],
    // Double braces keep the headline's capitals as written.
    ['title', `{${escapeBibtex(title)}}`],
    ['note', note],
    ['url', url],
    ['urldate', isoDate(accessed)],
  ];
  return `@misc{${DASHBOARD}:${id},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}
