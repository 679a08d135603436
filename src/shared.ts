/**
 * What the embed script lends `defence-indicators.more.js`, as `DefenceIndicators.shared`: one
 * copy of Plot (marks from one copy break a plot drawn by another) and of the project's modules
 * that both files use. The more file's build maps each import of them to this object
 * (scripts/more-build.ts, SHARED_MODULES: the same names).
 */
import { axisX, barX, dot, gridX, plot, pointer, rectX, ruleY, text, tip } from '@observablehq/plot';
import { ascending, scaleUtc, utcDay, utcFormat, utcMonth, utcMonths } from 'd3';

/**
 * The part of Plot that the more file's own marks use (tests/more-file.test.ts checks both lists).
 * Not the whole namespace: that would keep every mark and projection in the embed script, ~50 kB gzip.
 */
export const Plot = { axisX, barX, dot, gridX, plot, pointer, rectX, ruleY, text, tip };
/** The d3 functions they use, which Plot brings into the embed script already: lent, they cost the more file nothing. */
export const d3 = { ascending, scaleUtc, utcDay, utcFormat, utcMonth, utcMonths };
export * as article from './article.js';
export * as indicator from './indicator.js';
export * as chart from './lib/chart.js';
export * as data from './lib/data.js';
export * as dates from './lib/dates.js';
export * as since from './lib/since.js';
export * as words from './lib/words.js';
export * as rankedBars from './charts/ranked-bars.js';
export * as series from './charts/series.js';
export * as timeline from './charts/timeline.js';
export * as view from './explore/view.js';
