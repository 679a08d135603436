/**
 * Derives `datasets/world-110m.topo.json`, the map behind `nato-global-partners`, from the
 * world-atlas package's Natural Earth countries at 1:110m. The chart is at most ~1200 px
 * wide, so we keep the larger half of the line detail (by triangle area) and quantise to a
 * 10,000-step grid: the shapes look the same there, and the embed script carries ~20 kB
 * less gzip. Country ids (ISO 3166 numeric) are kept; names are not (the dataset has them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

/** Share of the points, by weight, that simplification keeps. */
const KEEP = 0.5;
const GRID = 1e4;

/** Writes `world-110m.topo.json` into `outDir`. */
export function deriveAtlas(outDir: string): void {
  const source = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const world = JSON.parse(readFileSync(source, 'utf8')) as Topology;

  const weighted = presimplify(world as Topology<{}>);
  const simplified = simplify(weighted, quantile(weighted, 1 - KEEP));
  // presimplify stores each point's weight as a third coordinate; the chart needs only x and y.
  simplified.arcs = simplified.arcs.map((arc) => arc.map(([x, y]) => [x!, y!]));
  const topology: Topology = quantize(simplified, GRID);
  const countries = topology.objects.countries as { geometries: Array<{ properties?: unknown }> };
  for (const geometry of countries.geometries) delete geometry.properties;
  delete topology.objects.land;

  writeFileSync(resolve(outDir, 'world-110m.topo.json'), JSON.stringify(topology) + '\n');
}
