import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type BudgetRow, check, describe as describeChart, headline, japanDefenceBudget } from '../../src/indicators/japan-defence-budget.js';
import { chart } from '../../src/indicators/japan-defence-budget.chart.js';
import { readRows } from '../shared-files.js';

const load = () => readRows<BudgetRow>('japan-defence-budget');
const budget = (rows: BudgetRow[], year: number, series: BudgetRow['series'], stage: BudgetRow['stage'] = 'initial budget') =>
  rows.find((r) => r.fiscal_year === year && r.series === series && r.stage === stage)!;
/** The rows with one enacted budget set to `value`, on the defence-plan basis. */
const withBudget = (rows: BudgetRow[], year: number, value: number) =>
  rows.map((r) => (r.fiscal_year === year && r.series === 'mod-excluding' && r.stage === 'initial budget' ? { ...r, value } : r));

describe('japan-defence-budget data', () => {
  it('pins the published budgets, both bases, as the Ministry of Defense and the Ministry of Finance state them', () => {
    const rows = load();
    // Pinned by the fact-check of November 2026 (white papers 2015–2023, MOF Finance 2024–2025).
    expect(budget(rows, 2022, 'mod-excluding').value).toBe(5.1788);
    expect(budget(rows, 2022, 'mod-including').value).toBe(5.4005);
    expect(budget(rows, 2025, 'mod-excluding').value).toBe(8.4748);
    expect(budget(rows, 2025, 'mod-including').value).toBe(8.7005);
    expect(budget(rows, 2016, 'mod-excluding').value).toBe(4.8607);
    expect(budget(rows, 2014, 'mod-including')).toMatchObject({ value: 4.8848, confidence: 'M' });
    expect(budget(rows, 2026, 'mod-excluding', 'draft budget').value).toBe(8.8093);
    expect(budget(rows, 2027, 'mod-excluding', 'plan').value).toBe(8.9);
    expect(budget(rows, 2025, 'share-government').value).toBe(1.8);
    expect(budget(rows, 2025, 'share-government', 'with supplementary budget').value).toBe(2);
    expect(budget(rows, 2024, 'share-sipri', 'SIPRI').value).toBe(1.37);
  });

  it('quotes a source for every row but SIPRI’s, and states each yen figure in its quote', () => {
    for (const row of load()) {
      if (row.stage === 'SIPRI') {
        expect(row.source_quote).toBeNull();
        continue;
      }
      expect(row.source_quote?.trim(), `${row.fiscal_year} ${row.series}`).toBeTruthy();
    }
    // 5.1788 trillion yen is written 5兆1,788億円; 4.8607 trillion, "48,607" (億円) in the 2020 white paper's table.
    const japanese = (trillions: number) => {
      const oku = Math.round(trillions * 10000);
      return [`${Math.floor(oku / 10000)}兆${(oku % 10000).toLocaleString('en-US')}億円`, `${Math.floor(oku / 10000)}兆${oku % 10000}億円`, `"${oku.toLocaleString('en-US')}"`, `${trillions}兆円`];
    };
    for (const row of load().filter((r) => r.unit === 'trillion yen' && r.series !== 'buildup-program-total')) {
      expect(japanese(row.value).some((form) => row.source_quote!.includes(form)), `${row.fiscal_year} ${row.series} ${row.value}: ${row.source_quote}`).toBe(true);
    }
  });
});

describe('japan-defence-budget check', () => {
  it('partly supports the claim: the budget has risen ×1.64 from FY2022 to FY2025, not doubled', () => {
    const result = check(load());
    expect(result.status).toBe('partly-supported');
    expect(result.deciding).toEqual({ label: 'FY2025 ÷ FY2022 initial budget, excluding SACO and US-realignment costs', value: '×1.64' });
    expect(result.reasoning).toContain('¥5.1788 trillion in FY2022 to ¥8.4748 trillion in FY2025');
    expect(result.reasoning).toContain('Including SACO and US-realignment costs: ×1.61');
    expect(result.reasoning).toContain('does not double it in yen by FY2027');
    expect(result.figures).toContainEqual({ label: 'Defense Buildup Program, FY2023–FY2027', value: 'about ¥43 trillion in all' });
  });

  it('labels the FY2026 draft budget as a draft and never lets it decide', () => {
    const rows = load();
    const result = check(rows);
    expect(result.reasoning).toContain('FY2026 draft budget (¥8.8093 trillion, approved by the cabinet on 26 December 2025, not yet enacted)');
    // A draft that would double the budget changes nothing.
    const bigDraft = rows.map((r) => (r.stage === 'draft budget' ? { ...r, value: 20 } : r));
    expect(check(bigDraft).status).toBe('partly-supported');
    // Drafts alone cannot be checked.
    expect(check(rows.filter((r) => r.stage !== 'initial budget' || r.fiscal_year < 2023)).status).toBe('unverifiable');
  });

  it('supports it when the latest enacted budget is twice FY2022’s, and not when it has not risen', () => {
    expect(check(withBudget(load(), 2025, 2 * 5.1788)).status).toBe('supported');
    expect(check(withBudget(load(), 2025, 5.1)).status).toBe('not-supported');
  });

  it('cannot check it without FY2022 or without data', () => {
    expect(check(load().filter((r) => r.fiscal_year !== 2022)).status).toBe('unverifiable');
    expect(check([]).status).toBe('unverifiable');
  });
});

describe('japan-defence-budget text and chart', () => {
  it('tests the same sentence as defence-budget-gdp, on the words about the budget', () => {
    expect(japanDefenceBudget.claims[0]!.excerpt).toBe('double Japan’s defence budget');
  });

  it('computes the headline from the deciding ratio', () => {
    expect(headline(load())).toBe('Japan’s defence budget in FY2025 was ×1.64 FY2022’s in yen: not doubled');
    expect(headline([])).toBe(japanDefenceBudget.title);
  });

  it('describes both panels', () => {
    const text = describeChart(load());
    expect(text).toContain('2024 1.37%');
    expect(text).toContain('FY2025 1.8% (initial budget)');
    expect(text).toContain('from ¥4.8221 trillion to ¥8.4748 trillion');
  });

  it.each([320, 1200])('draws both panels at %i px: the shares, the yen series, twice FY2022, and the draft and plan apart', (width) => {
    const { document } = new JSDOM('').window;
    const figure = chart(load(), { width, document });
    const svgs = figure.querySelectorAll('svg');
    expect(svgs.length).toBe(2);
    for (const svg of svgs) expect(svg.getAttribute('width')).toBe(String(width));
    const texts = [...figure.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const narrow = width < 480;
    expect(texts).toContain(narrow ? '2%' : '2%: the government’s goal for FY2027');
    expect(texts).toContain(narrow ? 'With suppl.' : 'With supplementary');
    // The draft and the plan: a line of their own, apart from the enacted budgets.
    expect(texts).toContain(narrow ? 'Draft, plan' : 'Draft, plan (excl.)');
    expect(texts.some((t) => t.startsWith(width < 480 ? '2× FY2022' : 'Twice FY2022’s budget (excl.): ¥10.3576 trillion'))).toBe(true);
  });
});
