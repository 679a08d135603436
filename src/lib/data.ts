import datapackage from '../../datasets/datapackage.json';
import { type DataPackage, findResource, parseResource, type Resource, type Row } from './datapackage.js';

/** The description of every dataset, bundled so that an embed needs no request. */
export const DATAPACKAGE = datapackage as DataPackage;

/** A dataset's text as the indicator bundles it, and the name of its resource. */
export interface DatasetText {
  name: string;
  text: string;
}

const parsed = new Map<string, Row[]>();

/**
 * The typed rows of a dataset, parsed and checked against its schema once per page,
 * however many cards use it. Throws `DataError` if the data fails its checks.
 */
export function loadRows<R extends Row>({ name, text }: DatasetText): R[] {
  let rows = parsed.get(name);
  if (!rows) {
    rows = parseResource(text, resourceOf(name));
    parsed.set(name, rows);
  }
  return rows as R[];
}

export function resourceOf(name: string): Resource {
  return findResource(DATAPACKAGE, name);
}
