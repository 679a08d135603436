/**
 * The explorer's view read from attributes and addresses: good values give exactly the view they
 * name; every bad value (hostile markup, huge text, unknown codes and measures, years outside the
 * data) gives a message that names it, as text and shortened, with what is allowed, and the view
 * falls back to what the card can show.
 */
import { describe, expect, it } from 'vitest';
import { defenceBudgetGdp } from '../../src/indicators/defence-budget-gdp.js';
import { natoTwoPercent } from '../../src/indicators/nato-two-percent.js';
import {
  addressView,
  defaultView,
  type Explore,
  MAX_COUNTRIES,
  type Measure,
  quoted,
  readView,
  type ViewBounds,
  viewAttributes,
  viewQuery,
} from '../../src/explore/view.js';

/** Ten-odd of SIPRI's codes, and its years: 1949–2024, per capita and share of government spending from 1988. */
const CODES = ['JPN', 'KOR', 'DEU', 'USA', 'CHN', 'GBR', 'FRA', 'ITA', 'CAN', 'POL', 'AUS', 'IND', 'RUS', 'SAU', 'TWN'];
const BOUNDS: ViewBounds = {
  countries: CODES.map((iso3) => ({ iso3 })),
  yearsOf: (measure: Measure) => [measure === 'per_capita_usd' || measure === 'share_of_govt_spending_pct' ? 1988 : 1949, 2024],
};
const BUDGET = defenceBudgetGdp.explore!;
const HOSTILE = '<img src=x onerror=alert(1)>';
/** Markup with no space in it: one token of a list of countries. */
const HOSTILE_TOKEN = '<svg/onload=alert(1)>';

const read = (input: Parameters<typeof readView>[0], explore: Explore = BUDGET) => readView(input, explore, BOUNDS);

describe('readView with good values', () => {
  it('gives the card’s own view when nothing is given', () => {
    expect(read({})).toEqual({ view: { countries: ['JPN'], from: 1952, to: 2024, measure: 'share_of_gdp_pct' }, problems: [] });
    expect(read({}).view).toEqual(defaultView(BUDGET, BOUNDS));
  });

  it('reads codes in any case, separated by spaces or commas, in the order given, once each', () => {
    const { view, problems } = read({ countries: ' jpn  KOR,deu,JPN ', from: ' 2000 ', to: '2024', measure: 'constant_2023_usd_m' });
    expect(problems).toEqual([]);
    expect(view).toEqual({ countries: ['JPN', 'KOR', 'DEU'], from: 2000, to: 2024, measure: 'constant_2023_usd_m' });
  });

  it('reads an empty list as no country chosen, not as a mistake', () => {
    expect(read({ countries: '' })).toEqual({ view: { ...defaultView(BUDGET, BOUNDS), countries: [] }, problems: [] });
  });

  it('keeps the card’s years within a measure that begins later, without a message', () => {
    expect(read({ measure: 'per_capita_usd' })).toEqual({ view: { countries: ['JPN'], from: 1988, to: 2024, measure: 'per_capita_usd' }, problems: [] });
  });
});

describe('readView with bad values', () => {
  it('names hostile markup as text and keeps the good codes', () => {
    const { view, problems } = read({ countries: `${HOSTILE_TOKEN} KOR` });
    expect(view.countries).toEqual(['KOR']);
    expect(problems).toEqual([`Not a country code: “${HOSTILE_TOKEN}”. Countries are ISO 3166 alpha-3 codes, such as JPN, KOR or DEU.`]);
  });

  it('names unknown codes and what is allowed', () => {
    const { view, problems } = read({ countries: 'JPN XYZ abc' });
    expect(view.countries).toEqual(['JPN']);
    expect(problems).toEqual([`SIPRI’s data has no country with the codes “XYZ” and “ABC”. It covers ${CODES.length} countries, by ISO 3166 alpha-3 code, such as JPN, KOR or DEU.`]);
  });

  it('shows the card’s countries when none given can be shown', () => {
    const { view, problems } = read({ countries: 'XYZ 12' });
    expect(view.countries).toEqual(['JPN']);
    expect(problems.at(-1)).toBe('No country given could be shown: showing the card’s own (JPN).');
  });

  it('shortens a huge value and names only the first few of many', () => {
    const huge = `<script>${'A'.repeat(100_000)}`;
    const { view, problems } = read({ countries: `${huge} ${Array.from({ length: 20 }, (_, i) => `#${i}`).join(' ')}`, from: huge, measure: huge });
    expect(view).toEqual(defaultView(BUDGET, BOUNDS));
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const problem of problems) expect(problem.length).toBeLessThan(400);
    expect(problems[0]).toContain(`“<script>${'A'.repeat(32)}…”`);
    expect(problems[0]).toContain('and 18 more');
  });

  it(`draws at most ${MAX_COUNTRIES} countries, and says so`, () => {
    const { view, problems } = read({ countries: CODES.join(' ') });
    expect(view.countries).toEqual(CODES.slice(0, MAX_COUNTRIES));
    expect(problems).toEqual([`Too many countries: at most ${MAX_COUNTRIES} are drawn; showing the first ${MAX_COUNTRIES}.`]);
  });

  it('names an unknown measure and lists the card’s', () => {
    const { view, problems } = read({ measure: `<b>${HOSTILE}</b>` });
    expect(view.measure).toBe('share_of_gdp_pct');
    expect(problems).toEqual([
      `Unknown measure “<b>${HOSTILE}</b>”. This card offers share_of_gdp_pct (Share of GDP), current_usd_m (Current US$), ` +
        'constant_2023_usd_m (Constant (2023) US$), per_capita_usd (Per capita), share_of_govt_spending_pct (Share of government spending); ' +
        'showing share_of_gdp_pct.',
    ]);
  });

  it('names a measure the card does not offer', () => {
    const { view, problems } = read({ measure: 'constant_2023_usd_m' }, natoTwoPercent.explore);
    expect(view.measure).toBe('share_of_gdp_pct');
    expect(problems[0]).toMatch(/^This card does not offer the measure constant_2023_usd_m \(Constant \(2023\) US\$\)\. This card offers share_of_gdp_pct/);
  });

  it.each([
    [{ from: 'abc' }, 1952, 2024, 'from: “abc” is not a year. SIPRI’s share of GDP figures cover 1949–2024; showing from 1952.'],
    [{ from: '2000.5' }, 1952, 2024, 'from: “2000.5” is not a year. SIPRI’s share of GDP figures cover 1949–2024; showing from 1952.'],
    [{ to: '-5' }, 1952, 2024, 'to: “-5” is not a year. SIPRI’s share of GDP figures cover 1949–2024; showing to 2024.'],
    [{ from: '1900' }, 1949, 2024, 'from: 1900 is outside SIPRI’s data. SIPRI’s share of GDP figures cover 1949–2024; showing from 1949.'],
    [{ to: '3000' }, 1952, 2024, 'to: 3000 is outside SIPRI’s data. SIPRI’s share of GDP figures cover 1949–2024; showing to 2024.'],
    [{ from: '2024', to: '2000' }, 2000, 2024, 'from (2024) is after to (2000): showing 2000–2024.'],
    [{ from: '1960', measure: 'per_capita_usd' }, 1988, 2024, 'from: 1960 is outside SIPRI’s data. SIPRI’s per capita figures cover 1988–2024; showing from 1988.'],
  ])('reads the years %j as %i–%i, saying why', (input, from, to, problem) => {
    const { view, problems } = read(input);
    expect([view.from, view.to]).toEqual([from, to]);
    expect(problems).toEqual([problem]);
  });
});

describe('quoted', () => {
  it('keeps a short value whole, collapsing white space', () => {
    expect(quoted('a \n\t b')).toBe('“a b”');
  });

  it('cuts a long value at 40 characters, never inside a character', () => {
    const text = `${'x'.repeat(39)}😀😀😀`;
    expect(quoted(text)).toBe(`“${'x'.repeat(39)}😀…”`);
  });
});

describe('the view in attributes and addresses', () => {
  const view = { countries: ['JPN', 'KOR', 'DEU'], from: 2000, to: 2024, measure: 'constant_2023_usd_m' as const };

  it('writes the address the issue gives, and reads it back', () => {
    const query = viewQuery('defence-budget-gdp', view);
    expect(query).toBe('indicator=defence-budget-gdp&countries=JPN,KOR,DEU&from=2000&to=2024&measure=constant_2023_usd_m');
    const { indicator, input } = addressView(`?${query}`);
    expect(indicator).toBe('defence-budget-gdp');
    expect(read(input)).toEqual({ view, problems: [] });
  });

  it('writes attributes that read back as the same view', () => {
    expect(viewAttributes(view)).toEqual({ countries: 'JPN KOR DEU', from: '2000', to: '2024', measure: 'constant_2023_usd_m' });
    expect(read(viewAttributes(view))).toEqual({ view, problems: [] });
  });

  it('reads any address without throwing, as text', () => {
    const { indicator, input } = addressView(`?indicator=%3Cscript%3E&countries=%E0%A4%A&from=%&measure=${encodeURIComponent(HOSTILE)}`);
    expect(indicator).toBe('<script>');
    expect(input).toEqual({ countries: expect.any(String), from: '%', to: null, measure: HOSTILE });
    // The countries are no codes (and none is left to show), from is no year, the measure is unknown.
    expect(read(input).problems).toHaveLength(4);
  });
});

describe('the explore descriptions of the SIPRI cards', () => {
  it('start from a measure they offer, within their years', () => {
    for (const explore of [BUDGET, natoTwoPercent.explore!]) {
      expect(explore.measures).toContain(explore.measure);
      expect(explore.years[0]).toBeLessThanOrEqual(explore.years[1]);
      expect(read({}, explore).problems).toEqual([]);
    }
  });
});
