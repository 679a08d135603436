import datapackage from '../../datasets/datapackage.json';
import { type DataPackage, findResource, parseResource, type Resource, type Row } from './datapackage.js';

/**
 * The description of every dataset at hand, bundled so that an embed needs no request. A build
 * bundles only its own indicators' resources here; those of `src/indicators/more.ts` come with
 * them (`addResources`), in `defence-indicators.more.js` or the dashboard's chunk.
 */
const bundled: DataPackage = { ...(datapackage as DataPackage), resources: [...(datapackage as DataPackage).resources] };

/** Adds the resources not at hand yet: a resource already described keeps its description. */
export function addResources(resources: ReadonlyArray<Resource>): void {
  for (const resource of resources) if (!bundled.resources.some((r) => r.name === resource.name)) bundled.resources.push(resource);
}

/** A dataset's text as the indicator bundles it, and the name of its resource. */
export interface DatasetText {
  name: string;
  text: string;
}

/** Parsed rows by resource, then by text: the embed script's part of a dataset and the more file's are parsed apart. */
const parsed = new Map<string, Map<string, Row[]>>();

/**
 * The typed rows of a dataset, parsed and checked against its schema once per page,
 * however many cards use it. Throws `DataError` if the data fails its checks.
 */
export function loadRows<R extends Row>({ name, text }: DatasetText): R[] {
  let byText = parsed.get(name);
  if (!byText) parsed.set(name, (byText = new Map()));
  let rows = byText.get(text);
  if (!rows) {
    rows = parseResource(text, resourceOf(name));
    byText.set(text, rows);
  }
  return rows as R[];
}

export function resourceOf(name: string): Resource {
  return findResource(bundled, name);
}
