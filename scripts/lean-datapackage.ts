/**
 * The data package and the "Since the article" items as the builds bundle them.
 *
 * - Without the `description` of each resource and field, which the elements never show (the
 *   published `datapackage.json` and the page's JSON-LD keep them). Names, schemas, constraints
 *   and sources, which the cards read, are untouched.
 * - Split by where the indicators are: `datapackage.json` and `since-the-article.csv?raw` hold what
 *   the embed script's own indicators need, and the same files asked for with `?more` (by
 *   src/indicators/more.ts) hold what the indicators of `defence-indicators.more.js` need. So an
 *   indicator moved to the more file costs the embed script nothing, not even its description.
 */
import { readFileSync } from 'node:fs';
import { csvFormat, csvParse } from 'd3-dsv';
import { type Plugin, runnerImport } from 'vite';
import type { Indicator } from '../src/indicator.js';
import type { DataPackage } from '../src/lib/datapackage.js';

const PACKAGE = /\/datasets\/datapackage\.json$/;
const SINCE = /\/datasets\/since-the-article\.csv$/;

/** The indicators of the more file: their ids and their datasets' names. */
interface MoreIndicators {
  ids: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
}

async function moreIndicators(root: string): Promise<MoreIndicators> {
  const { module } = await runnerImport<{ indicators: ReadonlyArray<Indicator<any>> }>('/src/indicators/more.ts', { root, logLevel: 'error', configFile: false });
  return { ids: new Set(module.indicators.map((i) => i.id)), datasets: new Set(module.indicators.map((i) => i.dataset.name)) };
}

/** The package's resources that one part needs, each without its descriptions. */
function packagePart(path: string, inPart: (name: string) => boolean): string {
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as DataPackage;
  const resources = pkg.resources
    .filter(({ name }) => inPart(name))
    .map(({ description: _, schema, ...resource }) => ({
      ...resource,
      schema: { ...schema, fields: schema.fields.map(({ description: _d, ...field }) => field) },
    }));
  return JSON.stringify({ ...pkg, resources });
}

/** The rows of the "Since the article" items of one part's indicators, as CSV. */
function sincePart(path: string, inPart: (id: string) => boolean): string {
  const rows = csvParse(readFileSync(path, 'utf8'));
  return csvFormat(rows.filter((row) => inPart(row.indicator_id!)), rows.columns);
}

export function leanDataPackage(root: string): Plugin {
  let more: Promise<MoreIndicators>;
  return {
    name: 'lean-datapackage',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      more = moreIndicators(root);
    },
    async load(id) {
      const [path = '', query = ''] = id.split('?');
      const params = new URLSearchParams(query);
      const isPackage = PACKAGE.test(path) && !params.has('raw');
      const isSince = SINCE.test(path) && params.has('raw');
      if (!isPackage && !isSince) return null;
      const { ids, datasets } = await more;
      const forMore = params.has('more');
      if (isPackage) return packagePart(path, (name) => datasets.has(name) === forMore);
      return `export default ${JSON.stringify(sincePart(path, (indicatorId) => ids.has(indicatorId) === forMore))};`;
    },
  };
}
