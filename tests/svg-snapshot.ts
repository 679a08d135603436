/**
 * Snapshot testing for charts, after Observable Plot's own `test/plot-snapshot.js`: the chart
 * is normalised (ids numbered in order, Plot's class name made stable, coordinates rounded to
 * two decimals), written one element per line so that a diff shows what moved, and compared
 * with the file committed in `tests/output/`. A missing snapshot is written (the test passes
 * with a warning; on CI it fails, as in Plot); a different one is written beside it as
 * `<name>.actual.<ext>` and the test fails.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Ids Plot numbers with page-wide counters, which depend on how many charts came before. */
const COUNTED_ID = /plot-(clip|marker|pattern)-\d+/g;
/** Plot's class name carries a hash of its default styles, which changes between versions. */
const PLOT_CLASS = /plot-[0-9a-f]{6}(?![0-9a-f])/g;
const DECIMAL = /-?\d*\.\d+(?:e-?\d+)?/g;
/** Attributes that hold words and figures for readers: never rounded, so a wrong figure shows. */
const isProse = (name: string) => name.startsWith('aria-') || name === 'id' || name === 'class' || name === 'href';

const roundNumbers = (value: string) =>
  value.replace(DECIMAL, (match) => {
    const rounded = Number(Number(match).toFixed(2));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Numbers Plot's counted ids in document order, so a chart's snapshot does not depend on the charts drawn before it. */
function idRenumbering(root: Element): (value: string) => string {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const node of [root, ...root.querySelectorAll('[id]')]) {
    const id = node.getAttribute('id');
    const kind = id?.match(/^plot-(clip|marker|pattern)-\d+$/)?.[1];
    if (!id || !kind) continue;
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    renamed.set(id, `plot-${kind}-${n}`);
  }
  return (value) => value.replace(COUNTED_ID, (id) => renamed.get(id) ?? id);
}

/** The chart as text, one element per line, ready to compare with a snapshot. */
export function serializeChart(root: Element): string {
  const renumber = idRenumbering(root);
  const lines: string[] = [];
  const attributesOf = (element: Element) => {
    const attributes = [...element.attributes].map(({ name, value }) => {
      let normalised = renumber(value).replace(PLOT_CLASS, 'plot');
      if (!isProse(name)) normalised = roundNumbers(normalised);
      return ` ${name}="${escapeAttribute(normalised)}"`;
    });
    // A file that opens on its own as an image needs the SVG namespace on its root.
    if (element === root && element.localName === 'svg' && !element.hasAttribute('xmlns'))
      attributes.unshift(' xmlns="http://www.w3.org/2000/svg"');
    return attributes.join('');
  };
  const write = (element: Element, depth: number) => {
    const indent = '  '.repeat(depth);
    const tag = element.localName;
    const children = [...element.childNodes].filter(
      (node) => node.nodeType === node.ELEMENT_NODE || (node.nodeType === node.TEXT_NODE && node.textContent!.trim() !== ''),
    );
    const open = `${indent}<${tag}${attributesOf(element)}`;
    if (!children.length) return void lines.push(`${open}/>`);
    if (children.every((node) => node.nodeType === node.TEXT_NODE))
      return void lines.push(`${open}>${escapeText(element.textContent!)}</${tag}>`);
    lines.push(`${open}>`);
    for (const child of children) {
      if (child.nodeType === child.ELEMENT_NODE) write(child as Element, depth + 1);
      else lines.push(`${indent}  ${escapeText(child.textContent!.trim())}`);
    }
    lines.push(`${indent}</${tag}>`);
  };
  write(root, 0);
  return `${lines.join('\n')}\n`;
}

export type SnapshotResult =
  | { status: 'matched' }
  | { status: 'written'; file: string }
  | { status: 'missing'; file: string }
  | { status: 'changed'; file: string; actualFile: string; expected: string };

/**
 * Compares `actual` with the snapshot `file`. Writes the snapshot when it is missing (except on
 * CI), and `<name>.actual.<ext>` beside it when it differs; removes a stale `.actual` file on a match.
 */
export function compareSnapshot(actual: string, file: string, { ci = Boolean(process.env.CI) } = {}): SnapshotResult {
  const actualFile = file.replace(/(\.[a-z]+)$/, '.actual$1');
  if (!existsSync(file)) {
    if (ci) return { status: 'missing', file };
    writeFileSync(file, actual);
    return { status: 'written', file };
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(actualFile, { force: true });
    return { status: 'matched' };
  }
  writeFileSync(actualFile, actual);
  return { status: 'changed', file, actualFile, expected };
}
