/**
 * What the browser builds leave out of Plot's dependencies (scripts/lean-dependencies.ts): every
 * export still exists, so Plot's imports resolve; what the charts use is the package's own; the
 * rest is a stand-in; and no module of the project names what is left out. The built embed
 * script's behaviour is tested in tests/browser/embed.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT, leanDependencies } from '../scripts/lean-dependencies.js';
import { ROOT } from './browser/helpers.js';

/** The module that replaces `name` in a build, as the plugin gives it. */
async function replacement(name: string): Promise<string> {
  const plugin = leanDependencies();
  const resolved = (plugin.resolveId as (source: string) => string | null)(name);
  return (await (plugin.load as (id: string) => Promise<string>)(resolved!))!;
}

const keptIn = (code: string) => code.match(/^export \{ (.*) \} from/m)?.[1]!.split(', ') ?? [];
const stubbedIn = (code: string) => [...code.matchAll(/^export const (\w+) = /gm)].map((m) => m[1]!);

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );

describe('the lean builds of Plot’s dependencies', () => {
  it.each(Object.keys(LEFT_OUT))('%s: every export is there, kept or a stand-in, and nothing twice', async (name) => {
    const code = await replacement(name);
    const exports = Object.keys(await import(name)).sort();
    expect([...keptIn(code), ...stubbedIn(code)].sort()).toEqual(exports);
    expect(stubbedIn(code).length).toBeGreaterThan(0);
  });

  it('keeps what the charts draw with, and leaves out the rest', async () => {
    const geo = await replacement('d3-geo');
    expect(keptIn(geo)).toEqual(expect.arrayContaining(['geoEqualEarth', 'geoPath', 'geoIdentity', 'geoClipRectangle']));
    expect(stubbedIn(geo)).toEqual(expect.arrayContaining(['geoMercator', 'geoAlbersUsa', 'geoOrthographic']));
    const shape = await replacement('d3-shape');
    expect(keptIn(shape)).toEqual(expect.arrayContaining(['curveLinear', 'line', 'area', 'symbolCircle', 'symbolTriangle2']));
    expect(stubbedIn(shape)).toEqual(expect.arrayContaining(['curveBasis', 'curveStep', 'curveLinearClosed']));
    // Nothing is kept of the colour schemes, so the package is not even imported.
    const chromatic = await replacement('d3-scale-chromatic');
    expect(keptIn(chromatic)).toEqual([]);
    expect(chromatic).not.toContain('d3-scale-chromatic.mjs');
  });

  it('is not named by any module of the project', async () => {
    const leftOut = (await Promise.all(Object.keys(LEFT_OUT).map(async (name) => stubbedIn(await replacement(name))))).flat();
    const code = sources(join(ROOT, 'src')).join('\n');
    expect(leftOut.filter((name) => new RegExp(`\\b${name}\\b`).test(code))).toEqual([]);
    // Nor by the names Plot takes for them.
    expect(code).not.toMatch(/\b(scheme|curve): *['"`]/);
    expect(code.match(/\btype: '([\w-]+)'/g)?.filter((t) => /equal-earth|mercator|albers|orthographic/.test(t))).toEqual(["type: 'equal-earth'"]);
  });
});
