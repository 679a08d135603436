/** The Cite panel's formatter: APA, Chicago and BibTeX name the dashboard, the card, its sources' releases, the article and the day of access. */
import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../src/article.js';
import { type CardReference, type CitedArticle, citeCard, escapeBibtex, sourceNames } from '../src/lib/citation.js';
import type { Source } from '../src/lib/datapackage.js';

const SIPRI: Source = {
  title: 'SIPRI Military Expenditure Database, 2025',
  path: 'https://www.sipri.org/databases/milex',
  version: '2025 release (April 2025), data 1949–2024',
};
const card: CardReference = {
  id: 'defence-spending-rank',
  title: 'Japan was the ninth-largest military spender in 2021',
  sources: [SIPRI],
  url: 'https://example.org/dashboard/#defence-spending-rank',
  accessed: new Date(2026, 10, 28),
};
const cited = citeCard(card);

/** True when every `{` in the text closes, in order, ignoring escaped braces. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text.replace(/\\[{}]/g, '')) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('APA', () => {
  it('names the dashboard, the card, the source release, the article and the day of access', () => {
    expect(cited.apa).toBe(
      'defence-indicators. (n.d.). Japan was the ninth-largest military spender in 2021 [Chart]. ' +
        'Data: SIPRI Military Expenditure Database, 2025 (2025 release (April 2025), data 1949–2024). ' +
        `Tests a claim in Yennie Lindgren, W., & Solli, P. E. (2022, June), ${ARTICLE.title}, RUSI Commentary, ${ARTICLE.url}. ` +
        'Retrieved November 28, 2026, from https://example.org/dashboard/#defence-spending-rank',
    );
  });

  it('writes the day without a leading zero', () => {
    expect(citeCard({ ...card, accessed: new Date(2027, 2, 5) }).apa).toContain('Retrieved March 5, 2027, from');
  });
});

describe('Chicago', () => {
  it('names the dashboard, the card in quotation marks, the source release, the article and the day of access', () => {
    expect(cited.chicago).toBe(
      'defence-indicators. “Japan was the ninth-largest military spender in 2021.” Chart. ' +
        'Data: SIPRI Military Expenditure Database, 2025 (2025 release (April 2025), data 1949–2024). ' +
        `Tests a claim in Wrenn Yennie Lindgren and Per Erik Solli, “${ARTICLE.title},” RUSI Commentary, June 2022, ${ARTICLE.url}. ` +
        'Accessed November 28, 2026. https://example.org/dashboard/#defence-spending-rank.',
    );
  });

  it('adds no full stop after a title that ends with its own punctuation', () => {
    expect(citeCard({ ...card, title: 'Is Japan the ninth?' }).chicago).toContain('“Is Japan the ninth?” Chart.');
  });
});

describe('BibTeX', () => {
  it('is a @misc entry keyed by the indicator, with the source release, the article, the address and the day', () => {
    const { bibtex } = cited;
    expect(bibtex).toMatch(/^@misc\{defence-indicators:defence-spending-rank,\n/);
    expect(bibtex).toContain('  author = {{defence-indicators}},\n');
    expect(bibtex).toContain('  title = {{Japan was the ninth-largest military spender in 2021}},\n');
    expect(bibtex).toContain('Data: SIPRI Military Expenditure Database, 2025 (2025 release (April 2025), data 1949--2024).');
    expect(bibtex).toContain("Tests a claim in Wrenn Yennie Lindgren and Per Erik Solli, ``Evolving Japan--NATO Relations in the Leadup to the Madrid Summit'', RUSI Commentary, June 2022,");
    expect(bibtex).toContain(`\\url{${ARTICLE.url}}`);
    expect(bibtex).toContain('  url = {https://example.org/dashboard/#defence-spending-rank},\n');
    expect(bibtex).toMatch(/ {2}urldate = \{2026-11-28\}\n\}$/);
    expect(balanced(bibtex)).toBe(true);
  });

  it('escapes every character LaTeX treats specially, in the title, the sources and the article', () => {
    const hostile = 'A 50% & $1_000 #1 {x} \\ ^ ~ — test';
    const article: CitedArticle = { ...ARTICLE, title: 'R&D_100%', url: 'https://example.org/a%20b#c' };
    const { bibtex } = citeCard({ ...card, title: hostile, sources: [{ ...SIPRI, title: 'Jane’s & Co', version: '#2' }] }, { article });
    expect(bibtex).toContain('title = {{A 50\\% \\& \\$1\\_000 \\#1 \\{x\\} \\textbackslash{} \\^{} \\~{} --- test}}');
    expect(bibtex).toContain('Data: Jane’s \\& Co (\\#2).');
    expect(bibtex).toContain("``R\\&D\\_100\\%''");
    expect(bibtex).toContain('\\url{https://example.org/a\\%20b\\#c}');
    expect(balanced(bibtex)).toBe(true);
    // Outside the verbatim `url` field, no special character is left bare.
    const fields = bibtex.replace(/ {2}url = \{[^}]*\},\n/, '').replace(/\\url\{[^}]*\}/g, '');
    expect(fields.replace(/\\(textbackslash\{\}|[{}%&$#_]|\^\{\}|~\{\})/g, '')).not.toMatch(/[%&$#_^~\\]/);
  });

  it('zero-pads the day of access', () => {
    expect(citeCard({ ...card, accessed: new Date(2027, 2, 5) }).bibtex).toContain('urldate = {2027-03-05}');
  });
});

describe('sources', () => {
  it('names each publisher once, with its releases, in order of first mention', () => {
    const sources: Source[] = [
      SIPRI,
      { title: 'NATO', path: 'https://www.nato.int/a', version: '2019' },
      { title: 'NATO', path: 'https://www.nato.int/b', version: '2022' },
      { title: 'The Japan Times', path: 'https://www.japantimes.co.jp/x' },
    ];
    expect(sourceNames(sources)).toBe(
      'SIPRI Military Expenditure Database, 2025 (2025 release (April 2025), data 1949–2024); NATO (2019, 2022); The Japan Times',
    );
    for (const style of Object.values(citeCard({ ...card, sources }))) expect(style).toContain('NATO (2019, 2022)');
  });

  it('leaves plain text alone but writes dashes as TeX does', () => {
    expect(escapeBibtex('plain text, 1949–2024')).toBe('plain text, 1949--2024');
  });
});
