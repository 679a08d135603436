/**
 * Vega-Lite versions of the indicators' charts, for the benchmark only: the same rows (parsed
 * by the same `loadRows`), the same kind of chart and the same main marks (line and reference
 * rules; ranked bars with labels; a timeline of bars and points; stacked bars; a choropleth
 * with labelled points), at the same width and height. Data shaping that Plot's chart
 * functions do in JavaScript is done here in JavaScript too, as an author would.
 */
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TopLevelSpec } from 'vega-lite';
import world from 'world-atlas/countries-110m.json';
import budgetText from '../../datasets/defence-budget-gdp.csv?raw';
import f35Text from '../../datasets/f35-fleet.csv?raw';
import deploymentText from '../../datasets/ipd22-deployment.csv?raw';
import partnersText from '../../datasets/nato-global-partners.csv?raw';
import rankText from '../../datasets/defence-spending-rank.csv?raw';
import { DEFAULT_COLORS as C } from '../../src/lib/chart.js';
import { loadRows } from '../../src/lib/data.js';
import type { Row } from '../../src/lib/datapackage.js';

type Spec = (width: number) => TopLevelSpec;
/** Vega-Lite's types reject literal unions that its JSON schema accepts; the compiler checks the specs at run time. */
const spec = (literal: object) => literal as TopLevelSpec;
type R = Record<string, any>;

const rowsOf = (name: string, text: string) => loadRows<Row>({ name, text }) as R[];
const base = (width: number, height: number) =>
  ({ width, height, autosize: { type: 'fit', contains: 'padding' }, config: { view: { stroke: null } } }) as const;

const budget: Spec = (width) => {
  const rows = rowsOf('defence-budget-gdp', budgetText);
  const series = rows.filter((r) => r.kind === 'observed');
  const levels = rows.filter((r) => r.kind !== 'observed');
  const x = { field: 'year', type: 'quantitative', title: null, scale: { zero: false }, axis: { format: 'd', tickCount: 8 } } as const;
  const y = { field: 'share_of_gdp_pct', type: 'quantitative', title: 'Share of GDP (%)', scale: { domain: [0, 2.5] } } as const;
  return spec({
    ...base(width, 320),
    layer: [
      { data: { values: [{ share_of_gdp_pct: 1, label: '1%' }, ...levels.map((r) => ({ ...r, label: `2%: ${r.kind} ${r.year}` }))] },
        layer: [
          { mark: { type: 'rule', color: C.reference, strokeDash: [4, 3] }, encoding: { y } },
          { mark: { type: 'text', align: 'left', dy: -8, color: C.reference }, encoding: { x: { datum: 1962, type: 'quantitative' }, y, text: { field: 'label' } } },
        ] },
      { data: { values: [{ year: 2022 }] }, mark: { type: 'rule', color: C.reference, opacity: 0.6 }, encoding: { x } },
      { data: { values: series },
        layer: [
          { mark: { type: 'line', color: C.accent, strokeWidth: 2 }, encoding: { x, y } },
          { transform: [{ filter: 'datum.year >= 2021' }], mark: { type: 'point', filled: true, color: C.accent }, encoding: { x, y } },
          { mark: { type: 'point', opacity: 0, tooltip: true }, encoding: { x, y, tooltip: [{ field: 'year' }, { field: 'share_of_gdp_pct' }, { field: 'source' }] } },
          { transform: [{ window: [{ op: 'rank', as: 'r' }], sort: [{ field: 'year', order: 'descending' }] }, { filter: 'datum.r === 1' }],
            mark: { type: 'text', align: 'left', dx: 6, fontWeight: 'bold', color: C.accent },
            encoding: { x, y, text: { value: 'latest' } } },
        ] },
    ],
  });
};

const rank: Spec = (width) => {
  const year = rowsOf('defence-spending-rank', rankText).filter((r) => r.year === 2021 && r.current_usd_m !== null);
  year.sort((a, b) => b.current_usd_m - a.current_usd_m);
  const bars: R[] = year.map((r, i) => ({ ...r, rank: i + 1 }));
  const shown = bars.slice(0, 15);
  const japan = bars.find((r) => r.iso3 === 'JPN');
  if (japan && !shown.includes(japan)) shown.push(japan);
  const y = { field: 'country', type: 'nominal', sort: null, axis: { title: null } } as const;
  const x = { field: 'current_usd_m', type: 'quantitative', title: 'Military expenditure in 2021, current US$ millions →' } as const;
  return spec({
    ...base(width, shown.length * 24 + 52),
    data: { values: shown },
    layer: [
      { mark: { type: 'bar', tooltip: true }, encoding: { x, y, color: { condition: { test: "datum.iso3 === 'JPN'", value: C.accent }, value: C.muted } } },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { x, y, text: { field: 'current_usd_m', format: ',' } } },
    ],
  });
};

const deployment: Spec = (width) => {
  const dated = rowsOf('ipd22-deployment', deploymentText).filter((r) => r.kind !== 'planned port call' && r.start);
  const events = dated.map((r) => ({ ...r, label: `${r.event} · ${r.start}${r.end ? ` – ${r.end}` : ''}` }));
  const y = { field: 'label', type: 'nominal', sort: null, axis: null } as const;
  const x = { field: 'start', type: 'temporal', title: 'Date, 2022', scale: { domain: ['2022-06-01', '2022-11-01'] }, axis: { format: '%B', tickCount: 'month' } } as const;
  return spec({
    ...base(width, events.length * 32 + 64),
    data: { values: events },
    layer: [
      { transform: [{ filter: 'datum.end' }], mark: { type: 'bar', tooltip: true, yOffset: 7, height: 12 },
        encoding: { x, x2: { field: 'end' }, y, color: { field: 'kind', type: 'nominal', scale: { range: [C.accent, C.series[0]!, C.series[3]!] }, legend: null } } },
      { transform: [{ filter: "datum.kind === 'port call'" }], mark: { type: 'point', shape: 'diamond', filled: true, color: C.series[3], yOffset: 7 }, encoding: { x, y } },
      { transform: [{ filter: '!datum.end' }], mark: { type: 'point', color: C.series[0], strokeWidth: 2, yOffset: 7 }, encoding: { x, y } },
      { mark: { type: 'text', align: 'left', dy: -7, x: 0 }, encoding: { y, text: { field: 'label' } } },
    ],
  });
};

const f35: Spec = (width) => {
  const rows = rowsOf('f35-fleet', f35Text);
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.country, (totals.get(r.country) ?? 0) + r.planned);
  const order = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([country]) => country);
  const y = { field: 'country', type: 'nominal', sort: order, axis: { title: null } } as const;
  return spec({
    ...base(width, order.length * 24 + 56),
    layer: [
      { data: { values: rows }, mark: { type: 'bar', tooltip: true },
        encoding: { x: { aggregate: 'sum', field: 'planned', type: 'quantitative', title: 'Aircraft planned →', stack: 'zero' }, y,
          color: { field: 'variant', type: 'nominal', scale: { range: [C.series[0]!, C.series[2]!, C.series[3]!, C.series[0]!] }, legend: null } } },
      { data: { values: [...totals].map(([country, total]) => ({ country, total })) }, mark: { type: 'text', align: 'left', dx: 4 },
        encoding: { x: { field: 'total', type: 'quantitative' }, y, text: { field: 'total' } } },
    ],
  });
};

const partners: Spec = (width) => {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const land = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
  const rows = rowsOf('nato-global-partners', partnersText);
  const placed = rows.flatMap((row) => {
    const shape = land.find((s) => s.id === row.iso_numeric);
    if (!shape) return [];
    const [lon, lat] = geoCentroid(shape);
    return [{ ...row, lon, lat, shape, label: `${row.country} ${row.formalised_year ?? 'year not confirmed'}` }];
  });
  const fill = { condition: { test: "datum.iso3 === 'JPN'", value: C.accent }, value: C.series[0]! };
  const at = { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' } } as const;
  return spec({
    ...base(width, Math.round(width / 2)),
    projection: { type: 'equalEarth' },
    layer: [
      { data: { sphere: true }, mark: { type: 'geoshape', fill: null, stroke: C.muted, strokeOpacity: 0.5 } },
      { data: { values: land }, mark: { type: 'geoshape', fill: C.muted, fillOpacity: 0.3, stroke: C.background, strokeWidth: 0.5 } },
      { data: { values: placed.map((p) => ({ ...p.shape, properties: p })) }, mark: { type: 'geoshape', tooltip: true, stroke: C.background, strokeWidth: 0.5 },
        encoding: { color: { condition: { test: "datum.properties.iso3 === 'JPN'", value: C.accent }, value: C.series[0]! } } },
      { data: { values: placed.map(({ shape: _, ...p }) => p) },
        layer: [
          { mark: { type: 'circle', size: 20, stroke: C.background }, encoding: { ...at, color: fill } },
          { mark: { type: 'text', dy: -10, stroke: C.background, strokeWidth: 3 }, encoding: { ...at, text: { field: 'label' } } },
          { mark: { type: 'text', dy: -10 }, encoding: { ...at, text: { field: 'label' } } },
        ] },
    ],
  });
};

/** Vega-Lite spec makers by indicator id. */
export const VEGA_SPECS: Record<string, Spec> = {
  'defence-budget-gdp': budget,
  'defence-spending-rank': rank,
  'ipd22-deployment': deployment,
  'f35-fleet': f35,
  'nato-global-partners': partners,
};
