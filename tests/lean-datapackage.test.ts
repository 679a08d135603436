/**
 * The data as the builds bundle it (scripts/lean-datapackage.ts): the embed script's part and the
 * more file's part of `datapackage.json` and of the "Since the article" items, which together
 * hold every resource and every item once, without the descriptions no element shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { leanDataPackage } from '../scripts/lean-datapackage.js';
import { INDICATORS } from '../src/indicators/all.js';
import { inEmbedScript } from '../src/indicators/index.js';
import type { DataPackage } from '../src/lib/datapackage.js';
import { ROOT } from './browser/helpers.js';

const PACKAGE = join(ROOT, 'datasets/datapackage.json');
const SINCE = join(ROOT, 'datasets/since-the-article.csv');
const LATER = INDICATORS.filter((i) => !inEmbedScript(i.id));
const HEADLINE = INDICATORS.filter((i) => inEmbedScript(i.id));

type Load = (id: string) => Promise<string | null>;
let load: Load;

/** The module a build gets for `id`; for a CSV asked for `?raw`, the text it exports. */
async function part(id: string): Promise<string> {
  const code = (await load(id))!;
  return code.startsWith('export default ') ? (JSON.parse(code.slice('export default '.length).replace(/;$/, '')) as string) : code;
}

beforeAll(() => {
  const plugin = leanDataPackage(ROOT);
  (plugin.buildStart as () => void)();
  load = plugin.load as unknown as Load;
});

describe('the bundled data package', () => {
  it('holds, in the embed script, every resource but those of the more file’s indicators', async () => {
    const names = (JSON.parse(await part(PACKAGE)) as DataPackage).resources.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining([...HEADLINE.map((i) => i.dataset.name), 'sipri-milex-2025', 'since-the-article']));
    expect(names.filter((name) => LATER.some((i) => i.dataset.name === name))).toEqual([]);
  });

  it('holds, in the more file, exactly the resources of its indicators', async () => {
    const names = (JSON.parse(await part(`${PACKAGE}?more`)) as DataPackage).resources.map((r) => r.name);
    expect(names.sort()).toEqual(LATER.map((i) => i.dataset.name).sort());
  });

  it('has every resource in one part or the other, with all but the descriptions', async () => {
    const whole = JSON.parse(readFileSync(PACKAGE, 'utf8')) as DataPackage;
    const parts = [JSON.parse(await part(PACKAGE)), JSON.parse(await part(`${PACKAGE}?more`))] as DataPackage[];
    const bundled = parts.flatMap((p) => p.resources);
    expect(bundled.map((r) => r.name).sort()).toEqual(whole.resources.map((r) => r.name).sort());
    for (const resource of whole.resources) {
      const { description: _, schema, ...rest } = resource;
      const lean = bundled.find((r) => r.name === resource.name)!;
      expect(lean).toEqual({ ...rest, schema: { ...schema, fields: schema.fields.map(({ description: _d, ...field }) => field) } });
    }
    expect(JSON.stringify(parts)).not.toMatch(/"description"/);
  });

  it('leaves the files it does not split to the build', async () => {
    expect(await load(join(ROOT, 'datasets/f35-fleet.csv?raw'))).toBeNull();
    expect(await load(`${SINCE}?url`)).toBeNull();
  });
});

describe('the bundled "Since the article" items', () => {
  it('hold, in each part, only its own indicators’ items, and together every item once', async () => {
    const embed = csvParse(await part(`${SINCE}?raw`));
    const more = csvParse(await part(`${SINCE}?raw&more`));
    const laterIds = new Set(LATER.map((i) => i.id));
    expect(embed.filter((row) => laterIds.has(row.indicator_id!))).toEqual([]);
    expect(more.every((row) => laterIds.has(row.indicator_id!))).toBe(true);
    expect(more.length).toBeGreaterThan(0);
    const whole = csvParse(readFileSync(SINCE, 'utf8'));
    expect([...embed, ...more].map((row) => JSON.stringify(row)).sort()).toEqual(whole.map((row) => JSON.stringify(row)).sort());
    expect(embed.columns).toEqual(whole.columns);
  });
});
