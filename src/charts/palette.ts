/**
 * Colours for many series told apart by colour (and always by a label as well): the theme's own
 * series colours first, then colours d3 picks around the wheel, near the lightness of the
 * theme's series and as unlike those taken as can be, then the muted colour. Each passes 4.5:1
 * against the background, in whichever theme the colours come from: none is fixed here.
 */
import { color as parseColor, hcl, type HCLColor, lab, type LabColor, rgb } from 'd3';
import type { ChartColors } from '../lib/chart.js';

/**
 * Against the background: 4.5:1, for text (WCAG 1.4.3), since a line's label is drawn in its
 * colour; more than the 3:1 its line needs (WCAG 1.4.11).
 */
export const MIN_CONTRAST = 4.5;
/** Colours closer than this (CIE76 ΔE) to the accent, the muted colour or each other are left out: they would read as the same line. */
const MIN_DISTANCE = 12;
const HUE_STEP = 10;
/** New colours may be this much lighter or darker than the theme's series (HCL lightness), to be told apart. */
const LIGHTNESS_SHIFTS = [-10, 0, 10];
const LIGHTNESS_STEP = 2;

/** Relative luminance (WCAG 2.2) of a colour d3 can parse. */
function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two relative luminances. */
const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  return ratio(luminance(a), luminance(b));
}

/** The colour made lighter or darker, away from the background, until it passes 4.5:1 against it. */
function passing(color: HCLColor, background: string): string {
  const backgroundLuminance = luminance(background);
  const awayFromBackground = backgroundLuminance > 0.18 ? -LIGHTNESS_STEP : LIGHTNESS_STEP;
  const moved = hcl(color);
  while (ratio(luminance(moved.formatHex()), backgroundLuminance) < MIN_CONTRAST && moved.l > 0 && moved.l < 100) moved.l += awayFromBackground;
  return moved.formatHex();
}

/** The colour as text on the background needs it: itself where it passes 4.5:1 (or where d3 cannot read either), else made lighter or darker until it does. */
export function readableOn(color: string, background: string): string {
  const parsed = parseColor(color);
  if (!parsed || !parseColor(background) || contrast(color, background) >= MIN_CONTRAST) return color;
  return passing(hcl(parsed), background);
}

/** CIE76 ΔE: how different two colours look. */
const distance = (p: LabColor, q: LabColor) => Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);

/** A palette is the same for the same colours and count: a chart redrawn on resize reuses it. */
const palettes = new Map<string, string[]>();

/**
 * `count` colours for series other than the subject's: the theme's series colours (except any
 * that look like the accent), colours picked between them, then the muted colour; in that order, each
 * passing 4.5:1 against `colors.background`. Past the colours it can tell apart, it repeats.
 */
export function categoricalPalette(colors: ChartColors, count: number): string[] {
  const key = JSON.stringify([colors, count]);
  const palette = palettes.get(key) ?? pick(colors, count);
  palettes.set(key, palette);
  return [...palette];
}

function pick(colors: ChartColors, count: number): string[] {
  const parsed = (value: string) => {
    const parsedColor = parseColor(value);
    return parsedColor ? hcl(passing(hcl(parsedColor), colors.background)) : undefined;
  };
  const accent = parsed(colors.accent);
  const muted = parsed(colors.muted);
  const chosen: HCLColor[] = [];
  // Each colour in use in Lab once: the search below measures every candidate against each.
  const used = [accent, muted].flatMap((c) => (c ? [lab(c)] : []));
  const take = (color: HCLColor) => {
    chosen.push(color);
    used.push(lab(color));
  };
  /** How close the colour comes to one already in use. */
  const nearest = (color: LabColor) => Math.min(...used.map((c) => distance(c, color)));
  for (const value of colors.series) {
    const candidate = parsed(value);
    if (candidate && nearest(lab(candidate)) >= MIN_DISTANCE) take(candidate);
  }
  // New colours near the theme's series lightness and colourfulness, each the most unlike those taken (and the accent and muted).
  const tone = chosen.length ? chosen : [accent ?? hcl(50, 50, 50)];
  const mean = (of: (c: HCLColor) => number) => tone.reduce((sum, c) => sum + of(c), 0) / tone.length;
  const [lightness, chroma] = [mean((c) => c.l), mean((c) => c.c)];
  const candidates = LIGHTNESS_SHIFTS.flatMap((shift) =>
    Array.from({ length: 360 / HUE_STEP }, (_, i) => hcl(passing(hcl(i * HUE_STEP, chroma, lightness + shift), colors.background))),
  ).map((color) => ({ color, lab: lab(color), gap: Infinity }));
  for (const candidate of candidates) candidate.gap = nearest(candidate.lab);
  while (chosen.length < count - (muted ? 1 : 0)) {
    // The first of the most distant, as the candidates are ordered round the wheel.
    const best = candidates.reduce((a, b) => (b.gap > a.gap ? b : a));
    if (best.gap < MIN_DISTANCE) break;
    take(best.color);
    // Only the colour just taken can bring a candidate closer to those in use.
    for (const candidate of candidates) candidate.gap = Math.min(candidate.gap, distance(used.at(-1)!, candidate.lab));
  }
  const palette = [...chosen, ...(muted ? [muted] : [])].map((c) => c.formatHex());
  return Array.from({ length: count }, (_, i) => palette[i % palette.length]!);
}
