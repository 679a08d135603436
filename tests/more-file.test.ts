/**
 * The split between the embed script and `defence-indicators.more.js`: every id in the registry
 * resolves, in its order; what the embed script lends the second file is what the second
 * file's build borrows, and the Plot and d3 functions that its own modules call are all lent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_MODULES } from '../scripts/more-build.js';
import { INDICATORS } from '../src/indicators/all.js';
import { findIndicator, INDICATOR_IDS, inEmbedScript, loadIndicator, loadIndicators } from '../src/indicators/index.js';
import { indicators as more } from '../src/indicators/more.js';
import * as shared from '../src/shared.js';
import { ROOT } from './browser/helpers.js';

/** The modules bundled into the second file: the six indicators' own files and the module only they use. */
const moreSources = () => {
  const own = new Set(more.map((i) => i.id));
  const files = readdirSync(join(ROOT, 'src/indicators')).filter((f) => own.has(f.split('.')[0]!));
  return [...files.map((f) => join(ROOT, 'src/indicators', f)), join(ROOT, 'src/lib/dated-facts.ts')].map((f) => readFileSync(f, 'utf8'));
};

describe('the registry', () => {
  it('lists every indicator once, in the dashboard’s order, the embed script’s and the second file’s', () => {
    expect(INDICATORS.map((i) => i.id)).toEqual(INDICATOR_IDS);
    expect(INDICATORS.every(Boolean)).toBe(true);
    expect(INDICATOR_IDS.filter((id) => !inEmbedScript(id)).sort()).toEqual(more.map((i) => i.id).sort());
  });

  it('finds the embed script’s indicators at once, and loads the others', async () => {
    const later = INDICATOR_IDS.find((id) => !inEmbedScript(id))!;
    expect(findIndicator(INDICATOR_IDS[0])?.id).toBe(INDICATOR_IDS[0]);
    expect(findIndicator(later)).toBeUndefined();
    expect((await loadIndicator(later))?.id).toBe(later);
    expect(findIndicator(later)?.id).toBe(later);
    expect((await loadIndicators()).map((i) => i.id)).toEqual(INDICATOR_IDS);
    expect(await loadIndicator('no-such-indicator')).toBeUndefined();
  });
});

describe('what the embed script lends the second file', () => {
  it('is what the second file’s build borrows', () => {
    expect(Object.values(SHARED_MODULES).sort()).toEqual(Object.keys(shared).sort());
  });

  it.each(['Plot', 'd3'] as const)('holds every %s function that the second file’s own modules call', (name) => {
    const called = new Set(moreSources().flatMap((source) => [...source.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))].map((m) => m[1]!)));
    expect(called.size).toBeGreaterThan(0);
    expect([...called].filter((f) => typeof (shared[name] as Record<string, unknown>)[f] !== 'function')).toEqual([]);
  });
});
