/** `npm run export`: run as the CLI runs it, into a temporary folder, and read back what it wrote. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineOf } from '../src/indicator.js';
import { INDICATORS } from '../src/indicators/all.js';
import { toCSV } from '../src/lib/csv.js';
import { loadRows, resourceOf } from '../src/lib/data.js';
import { ROOT } from './browser/helpers.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The export's defaults: an 800-pixel-wide SVG, rasterised at twice its size. */
const WIDTH = 800;
const SCALE = 2;

let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'di-export-'));
  await promisify(execFile)('npx', ['tsx', 'scripts/export.ts', '--out', out], { cwd: ROOT });
}, 120_000);

afterAll(() => rm(out, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(INDICATORS.map((indicator) => [indicator.id, indicator] as const))('export of %s', (id, indicator) => {
  it('writes a valid SVG with the title, the chart and the source line', async () => {
    const text = await readFile(join(out, `${id}.svg`), 'utf8');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    expect(svg.localName).toBe('svg');
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    expect(width).toBe(WIDTH);
    expect(height).toBeGreaterThan(100);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const words = (svg.textContent ?? '').replace(/\s+/g, ' ');
    expect(words).toContain(headlineOf(indicator, loadRows(indicator.dataset)).split(' ').slice(0, 4).join(' '));
    expect(words).toContain(resourceOf(indicator.dataset.name).sources[0]!.title);
    expect(svg.querySelector('svg')).not.toBeNull(); // the chart, nested
    expect(svg.querySelector('style')).toBeNull();
  });

  it('writes a PNG of the SVG at twice its size', async () => {
    const svg = await readFile(join(out, `${id}.svg`), 'utf8');
    const [, width, height] = svg.match(/<svg[^>]*? width="(\d+)" height="(\d+)"/)!;
    const png = await readFile(join(out, `${id}.png`));
    expect(pngSize(png)).toEqual({ width: Number(width) * SCALE, height: Number(height) * SCALE });
  });

  it('writes the same CSV as the card’s download', async () => {
    const csv = await readFile(join(out, `${id}.csv`), 'utf8');
    expect(csv).toBe(toCSV(loadRows(indicator.dataset), resourceOf(indicator.dataset.name).schema.fields));
  });
});
