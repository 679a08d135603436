import text from '../../datasets/japan-defence-budget.csv?raw';
import type { CheckFigure, ClaimCheck, ClaimStatus, Indicator } from '../indicator.js';
import { longDate } from '../lib/dates.js';
import { chart } from './japan-defence-budget.chart.js';
import {
  BASE_YEAR, type BudgetRow, budgetsOn, BASIS_NAME, type Basis, laterOn, rowsOf, times, yen,
} from './japan-defence-budget.rows.js';

export type { BudgetRow } from './japan-defence-budget.rows.js';

/** The budget has doubled at twice FY2022's, on the same basis. */
const DOUBLED = 2;

/** FY2022 against the latest enacted budget on one basis, or undefined where the rows lack either. */
interface Comparison {
  basis: Basis;
  base: BudgetRow;
  latest: BudgetRow;
  ratio: number;
}

function compare(rows: BudgetRow[], basis: Basis): Comparison | undefined {
  const enacted = budgetsOn(rows, basis);
  const base = enacted.find((r) => r.fiscal_year === BASE_YEAR);
  const latest = enacted[enacted.length - 1];
  if (!base || !latest || latest.fiscal_year <= BASE_YEAR) return undefined;
  return { basis, base, latest, ratio: latest.value / base.value };
}

const ratioFigure = ({ basis, base, latest, ratio }: Comparison): CheckFigure => ({
  label: `FY${latest.fiscal_year} ÷ FY${base.fiscal_year} initial budget, ${BASIS_NAME[basis]}`,
  value: times(ratio),
});

/** What the plan says of FY2027 on the deciding basis: its level, and whether that doubles FY2022's. */
function planSentence(rows: BudgetRow[], { basis, base }: Comparison): { sentence: string; figures: CheckFigure[] } {
  const plan = laterOn(rows, basis, 'plan');
  const programme = rowsOf(rows, 'buildup-program-total')[0];
  const goal = rowsOf(rows, 'share-government').find((r) => r.stage === 'goal');
  const figures: CheckFigure[] = [
    ...(plan ? [{ label: `FY${plan.fiscal_year} level the Ministry of Defense expects under the Defense Buildup Program`, value: `about ${yen(plan.value)} (${times(plan.value / base.value)} FY${BASE_YEAR})` }] : []),
    ...(programme ? [{ label: 'Defense Buildup Program, FY2023–FY2027', value: `about ${yen(programme.value)} in all` }] : []),
    ...(goal ? [{ label: `Goal for FY${goal.fiscal_year}, defence plus related spending (set ${longDate(goal.as_of!)})`, value: `${goal.value}% of GDP` }] : []),
  ];
  if (!plan) return { sentence: '', figures };
  const doubles = plan.value / base.value >= DOUBLED;
  const sentence =
    ` The plan ${doubles ? 'doubles it' : 'does not double it in yen'} by FY${plan.fiscal_year}: the ministry expects about ${yen(plan.value)} then (${times(plan.value / base.value)})` +
    (programme ? `, within about ${yen(programme.value)} for FY2023–FY2027` : '') +
    (goal ? `; the ${goal.value}% goal for FY${goal.fiscal_year} is a share of GDP on the government’s wider measure (defence plus related spending), not a level of this budget.` : '.');
  return { sentence, figures };
}

/** A draft budget later than the latest enacted one: shown, labelled, never deciding. */
function draftSentence(rows: BudgetRow[], { basis, base, latest }: Comparison): { sentence: string; figures: CheckFigure[] } {
  const draft = laterOn(rows, basis, 'draft budget');
  if (!draft || draft.fiscal_year <= latest.fiscal_year) return { sentence: '', figures: [] };
  const ratio = times(draft.value / base.value);
  return {
    sentence: ` The FY${draft.fiscal_year} draft budget (${yen(draft.value)}, approved by the cabinet on ${longDate(draft.as_of!)}, not yet enacted) would make it ${ratio}.`,
    figures: [{ label: `FY${draft.fiscal_year} draft budget ÷ FY${BASE_YEAR}, ${BASIS_NAME[basis]} (a draft, not enacted)`, value: ratio }],
  };
}

const VERDICT: Record<Exclude<ClaimStatus, 'unverifiable'>, string> = {
  supported: 'Supported: doubled',
  'partly-supported': 'Partly supported: risen, not doubled',
  'not-supported': 'Not supported: not risen',
};

/**
 * Has the budget doubled? The latest enacted (initial) budget against FY2022's, on the same basis:
 * the defence-plan basis (without SACO and US-realignment costs) decides; the other basis, a later
 * draft budget and the plan for FY2027 are shown beside it, and a draft never decides.
 */
export function check(rows: BudgetRow[]): ClaimCheck {
  const [deciding, other] = (['mod-excluding', 'mod-including'] as const).map((basis) => compare(rows, basis));
  const decisive = deciding ?? other;
  if (!decisive) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: `The data has no enacted (initial) budget for FY${BASE_YEAR} and a later fiscal year on the same basis; a draft budget alone does not decide.`,
      figures: [],
    };
  }
  const { base, latest, ratio, basis } = decisive;
  const status: Exclude<ClaimStatus, 'unverifiable'> = ratio >= DOUBLED ? 'supported' : ratio > 1 ? 'partly-supported' : 'not-supported';
  const change = { supported: 'has doubled', 'partly-supported': 'has risen but not doubled', 'not-supported': 'has not risen' }[status];
  const draft = draftSentence(rows, decisive);
  const plan = planSentence(rows, decisive);
  const otherBasis = decisive === deciding && other ? ` ${BASIS_NAME[other.basis][0]!.toUpperCase()}${BASIS_NAME[other.basis].slice(1)}: ${times(other.ratio)}.` : '';
  return {
    status,
    verdict: VERDICT[status],
    reasoning:
      `In yen, Japan’s defence budget ${change}: ${yen(base.value)} in FY${base.fiscal_year} to ${yen(latest.value)} in FY${latest.fiscal_year} ` +
      `(initial budgets, ${BASIS_NAME[basis]}), ${times(ratio)}.${otherBasis}${draft.sentence}${plan.sentence}`,
    figures: [
      { label: `FY${base.fiscal_year} initial budget, ${BASIS_NAME[basis]}`, value: yen(base.value) },
      { label: `FY${latest.fiscal_year} initial budget, ${BASIS_NAME[basis]} (after the article)`, value: yen(latest.value) },
      ratioFigure(decisive),
      ...(decisive === deciding && other ? [ratioFigure(other)] : []),
      ...draft.figures,
      ...plan.figures,
    ],
    deciding: ratioFigure(decisive),
  };
}

const FALLBACK_TITLE = 'Japan’s defence budget in yen, against FY2022’s, and its share of GDP on three measures';

/** The headline, from the data: the ratio that decides the check. */
export function headline(rows: BudgetRow[]): string {
  const result = check(rows);
  if (result.status === 'unverifiable') return FALLBACK_TITLE;
  const budgets = budgetsOn(rows, 'mod-excluding');
  const latest = budgets[budgets.length - 1]!;
  const doubled = result.status === 'supported';
  return `Japan’s defence budget in FY${latest.fiscal_year} was ${result.deciding!.value} FY${BASE_YEAR}’s in yen: ${doubled ? 'doubled' : 'not doubled'}`;
}

export function describe(rows: BudgetRow[]): string {
  const budgets = budgetsOn(rows, 'mod-excluding');
  const first = budgets[0];
  const last = budgets[budgets.length - 1];
  const sipri = rowsOf(rows, 'share-sipri');
  const government = rowsOf(rows, 'share-government').filter((r) => r.stage !== 'goal');
  if (!first || !last) return 'No data for Japan’s defence budget in yen.';
  return (
    `Two panels. First, Japan’s military spending as a share of GDP: SIPRI’s figure, ${sipri.map((r) => `${r.fiscal_year} ${r.value}%`).join(', ')}; ` +
    `and the government’s measure of defence plus related spending, ${government.map((r) => `FY${r.fiscal_year} ${r.value}% (${r.stage})`).join(', ')}, with its 2% goal for FY2027. ` +
    `Second, the Ministry of Defense’s initial budgets in trillion yen on two bases, FY${first.fiscal_year}–FY${last.fiscal_year}: ` +
    `${BASIS_NAME['mod-excluding']}, from ${yen(first.value)} to ${yen(last.value)}, against a line at twice FY${BASE_YEAR}’s; ` +
    `a later draft budget and the plan for FY2027 are marked apart.`
  );
}

export const japanDefenceBudget: Indicator<BudgetRow> = {
  id: 'japan-defence-budget',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Ministry of Defense initial budgets, trillion yen, FY2014–FY2025, with the FY2026 draft; share of GDP, per cent, from SIPRI and the government',
  claims: [
    {
      id: 'japan-defence-budget',
      quote:
        'The Kishida government’s Basic Policy 2022 proposes to double Japan’s defence budget from 1% of GDP (the ninth largest globally) to 2%, the same level of contribution expected of NATO states.',
      excerpt: 'double Japan’s defence budget',
      check,
    },
  ],
  dataset: { name: 'japan-defence-budget', text },
  notes: [
    'This card reads the sentence in yen, after the fact: has the budget doubled since FY2022? The card on the share of GDP (defence-budget-gdp) tests the sentence as of June 2022.',
    `Excluding SACO and US-realignment costs: the Ministry of Defense budget on the basis of its defence plans (the ¥43 trillion programme is on this basis); some years also leave out the new government aircraft, the national-resilience emergency measures or Digital Agency costs, as the white papers say.`,
    'Including SACO and US-realignment costs: the same budget with the costs of the Special Action Committee on Okinawa and the local-burden part of the realignment of US forces.',
    'SIPRI: military expenditure as a share of GDP on SIPRI’s definition, by calendar year, not fiscal year.',
    'The government’s measure: the defence budget plus related spending (coast guard, research, infrastructure, cyber security, international cooperation and more); the 1.8% for FY2025 is over FY2022 GDP (1.6% over estimated FY2025 GDP), and the 2% for FY2025 counts the supplementary budget.',
    'Not shown: the Ministry of Defense budget over GDP. No source found publishes it year by year, and no official nominal GDP by fiscal year was found with its source’s words, so it is not computed here.',
    'FY2014 is given on one basis only, by one secondary source (marked in its tip). FY2026 is a draft budget (cabinet, 26 December 2025), drawn apart and never deciding the verdict.',
  ],
  chart,
  describe,
};
