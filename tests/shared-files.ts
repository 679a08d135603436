/**
 * What the tests read from the repository itself: the article's snapshot (its address, title,
 * authors and the sentences the cards quote) and the datasets. Nothing outside the clone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DataPackage, findResource, parseResource, type Row } from '../src/lib/datapackage.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** The article's snapshot in `datasets/sources/article/`. */
export interface ArticleSnapshot {
  url: string;
  title: string;
  authors: string[];
  published: string;
  /** The sentences of the article that make the claims the cards test, word for word. */
  sentences: string[];
}

export const ARTICLE_SNAPSHOT = JSON.parse(
  readFileSync(resolve(ROOT, 'datasets/sources/article/rusi-japan-nato-madrid-2022.json'), 'utf8'),
) as ArticleSnapshot;

/** Runs of white space (line breaks, non-breaking spaces) count as one space: word for word, not byte for byte. */
export const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** True when `quote` appears word for word within one sentence of the article. */
export function isInArticle(quote: string): boolean {
  const wanted = collapseSpace(quote);
  return wanted.length > 0 && ARTICLE_SNAPSHOT.sentences.some((sentence) => collapseSpace(sentence).includes(wanted));
}

const datapackage = JSON.parse(readFileSync(resolve(ROOT, 'datasets/datapackage.json'), 'utf8')) as DataPackage;

/** A dataset's rows, read afresh from `datasets/` and parsed against its description. */
export function readRows<R extends Row>(name: string): R[] {
  const resource = findResource(datapackage, name);
  return parseResource<R>(readFileSync(resolve(ROOT, 'datasets', resource.path), 'utf8'), resource);
}
