/**
 * The world's country shapes (world-atlas 1:110m, simplified by `npm run derive`), for maps.
 * Converted from TopoJSON on first use rather than when the bundle loads.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from '../../datasets/world-110m.topo.json';

/** One country's shape; its `id` is the ISO 3166 numeric code. */
export type CountryShape = Feature<Geometry>;

let shapes: CountryShape[] | undefined;

export function countryShapes(): CountryShape[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  shapes ??= (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features;
  return shapes;
}
