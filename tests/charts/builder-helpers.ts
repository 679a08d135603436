/**
 * What the chart builders' tests share: a document to draw in, the chart's texts, and the
 * comparison of a chart with its snapshot in `tests/output/charts/` (see `tests/svg-snapshot.ts`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { ROOT } from '../shared-files.js';
import { compareSnapshot, serializeChart } from '../svg-snapshot.js';

const OUTPUT = resolve(ROOT, 'tests/output/charts');

export const newDocument = () => new JSDOM('<!doctype html><html><body></body></html>').window.document;
export const svgOf = (node: Element) => (node.localName === 'svg' ? node : node.querySelector('svg')!);
export const textsOf = (node: Element) => [...node.querySelectorAll('text')].map((t) => t.textContent ?? '');

/** The pixel position of a text, from its own translate and its group's. */
export function positionOf(node: Element, text: string): { x: number; y: number } {
  const element = [...node.querySelectorAll('text')].find((t) => t.textContent === text)!;
  const [x, y] = element.getAttribute('transform')!.match(/translate\(([-\d.]+),([-\d.]+)\)/)!.slice(1).map(Number);
  const shift = element.parentElement!.getAttribute('transform')?.match(/translate\(([-\d.]+),([-\d.]+)\)/)?.slice(1).map(Number) ?? [0, 0];
  return { x: x! + shift[0]!, y: y! + shift[1]! };
}

/** Compares the chart with `tests/output/charts/<name>.svg`, writing it when missing (look at it, then commit it). */
export function expectSnapshot(name: string, chart: Element): void {
  mkdirSync(OUTPUT, { recursive: true });
  const result = compareSnapshot(serializeChart(chart), resolve(OUTPUT, `${name}.svg`));
  if (result.status === 'written') console.warn(`! wrote the missing snapshot ${result.file}: look at it, then commit it`);
  expect(result.status, name).not.toBe('missing');
  if (result.status === 'changed') expect(`${name} differs: see ${result.actualFile}`).toBe(`${name} matches`);
}
