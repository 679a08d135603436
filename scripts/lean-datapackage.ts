/**
 * The data package as the scripts bundle it: without the `description` of each resource and
 * field, which the elements never show (the published `datapackage.json` and the page's JSON-LD
 * keep them). Its names, schemas, constraints and sources, which the cards read, are untouched.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { DataPackage } from '../src/lib/datapackage.js';

const PACKAGE = /\/datasets\/datapackage\.json$/;

export function leanDataPackage(): Plugin {
  return {
    name: 'lean-datapackage',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!PACKAGE.test(id)) return null;
      const pkg = JSON.parse(readFileSync(id, 'utf8')) as DataPackage;
      const resources = pkg.resources.map(({ description: _, schema, ...resource }) => ({
        ...resource,
        schema: { ...schema, fields: schema.fields.map(({ description: _d, ...field }) => field) },
      }));
      return JSON.stringify({ ...pkg, resources });
    },
  };
}
