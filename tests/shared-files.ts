/**
 * Files the tests read from outside the project: the article text lives in `../shared`
 * beside the clone (CI puts a copy there). The project itself never reads it at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DataPackage, findResource, parseResource, type Row } from '../src/lib/datapackage.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const SHARED = resolve(ROOT, '../shared');
export const ARTICLE_FILE = resolve(SHARED, 'article/rusi-japan-nato-madrid-2022.txt');

/** Why a test that needs the article was skipped. */
export const NO_ARTICLE = `article text not found at ${ARTICLE_FILE}: put a copy of shared/ beside the clone to check the quotes`;

/** Runs of white space (line breaks, non-breaking spaces) count as one space: word for word, not byte for byte. */
export const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The article's text with white space collapsed, or null when `../shared` is absent. */
export function readArticle(): string | null {
  return existsSync(ARTICLE_FILE) ? collapseSpace(readFileSync(ARTICLE_FILE, 'utf8')) : null;
}

const datapackage = JSON.parse(readFileSync(resolve(ROOT, 'datasets/datapackage.json'), 'utf8')) as DataPackage;

/** A dataset's rows, read afresh from `datasets/` and parsed against its description. */
export function readRows<R extends Row>(name: string): R[] {
  const resource = findResource(datapackage, name);
  return parseResource<R>(readFileSync(resolve(ROOT, 'datasets', resource.path), 'utf8'), resource);
}
