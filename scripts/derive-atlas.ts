/**
 * Derives `datasets/world-110m.topo.json`, the map behind `nato-global-partners`, from the
 * world-atlas package's Natural Earth countries at 1:110m. The chart is at most ~1200 px
 * wide, so we keep the third of the line detail that matters most (by triangle area) and quantise
 * to a 2,000-step grid (0.18° of longitude): the shapes read the same there, and the embed script
 * carries ~25 kB less gzip than the whole atlas (13 kB, not 38). Country ids (ISO 3166 numeric) are kept; names are not (the dataset has them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

/** Share of the points, by weight, that simplification keeps (`quantile` ranks the weights from the largest). */
const KEEP = 0.35;
const GRID = 2e3;

/** Writes `world-110m.topo.json` into `outDir`. */
export function deriveAtlas(outDir: string): void {
  const source = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const world = JSON.parse(readFileSync(source, 'utf8')) as Topology;

  const weighted = presimplify(world as Topology<{}>);
  const simplified = simplify(weighted, quantile(weighted, KEEP));
  // presimplify stores each point's weight as a third coordinate; the chart needs only x and y.
  simplified.arcs = simplified.arcs.map((arc) => arc.map(([x, y]) => [x!, y!]));
  const topology: Topology = quantize(simplified, GRID);
  const countries = topology.objects.countries as { geometries: Array<{ properties?: unknown }> };
  for (const geometry of countries.geometries) delete geometry.properties;
  delete topology.objects.land;

  writeFileSync(resolve(outDir, 'world-110m.topo.json'), JSON.stringify(topology) + '\n');
}
