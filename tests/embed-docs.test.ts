/** The README's Embedding tables and `custom-elements.json` describe the same element. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser/helpers.js';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  events?: Named[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as { modules: Array<{ declarations?: Declaration[] }> };
const declarationOf = (tagName: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName)!;
const element = declarationOf('defence-indicator');
const scorecard = declarationOf('defence-scorecard');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('\n## ', readme.indexOf('## Embedding') + 1));

/** The first-column names of the README table whose header starts with `heading`. */
function tableNames(heading: string): string[] {
  const start = section.indexOf(`| ${heading} |`);
  if (start < 0) return [];
  const lines = section.slice(start).split('\n');
  const end = lines.findIndex((line) => !line.startsWith('|'));
  // Past the header and the |---| line; a row whose name is not in backticks is kept whole, to fail.
  return lines.slice(2, end < 0 ? undefined : end).map((row) => row.match(/^\| `([^`]+)` \|/)?.[1] ?? row);
}

describe('README ## Embedding', () => {
  it('finds the element in the manifest', () => {
    expect(element).toBeDefined();
  });

  it.each([
    ['Attribute', 'attributes'],
    ['Part', 'cssParts'],
    ['CSS custom property', 'cssProperties'],
    ['Event', 'events'],
  ] as const)('lists exactly the manifest’s %s entries', (heading, key) => {
    const documented = (element[key] ?? []).map((item) => item.name);
    expect(documented.length).toBeGreaterThan(0);
    expect(tableNames(heading).sort()).toEqual([...documented].sort());
  });

  it.each([
    ['Scorecard attribute', 'attributes'],
    ['Scorecard part', 'cssParts'],
    ['Scorecard event', 'events'],
  ] as const)('lists exactly the scorecard’s %s entries', (heading, key) => {
    const documented = (scorecard[key] ?? []).map((item) => item.name);
    expect(documented.length).toBeGreaterThan(0);
    expect(tableNames(heading).sort()).toEqual([...documented].sort());
  });

  it('links the example report', () => {
    expect(section).toContain('(examples/report.html)');
  });
});
