/**
 * Writes, for every indicator of the registry, `<id>.svg`, `<id>.png` and `<id>.csv` for reports
 * made without a browser. The SVG is drawn by the card's own Download SVG (`src/lib/card-image.ts`),
 * in the light theme and DejaVu Sans; resvg rasterises it. Load it through Vite (`scripts/export.ts`):
 * the indicators bundle their CSV with `?raw`, which only Vite understands.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import { INDICATORS } from '../../src/indicators/all.js';
import { cardSvg, svgFileText } from '../../src/lib/card-image.js';
import { toCSV } from '../../src/lib/csv.js';
import { loadRows, resourceOf } from '../../src/lib/data.js';

/** Debian's fonts-dejavu-core: the family named first in the SVG, and resvg's fallback. */
export const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu'];
export const FONT_FAMILY = 'DejaVu Sans';

export interface ExportOptions {
  outDir?: string;
  /** Width of the SVG in pixels. */
  width?: number;
  /** PNG pixels per SVG pixel: 2 prints sharply at the width of a page. */
  scale?: number;
}

/** One indicator's written files, and the sizes a reader of the files can check. */
export interface ExportedCard {
  id: string;
  svg: string;
  png: string;
  csv: string;
  /** Size of the SVG in pixels (its width and height attributes). */
  width: number;
  height: number;
  /** Size of the PNG: the SVG's times `scale`. */
  pngWidth: number;
  pngHeight: number;
}

export async function exportIndicators({ outDir = 'exports', width = 800, scale = 2 }: ExportOptions = {}): Promise<ExportedCard[]> {
  await mkdir(outDir, { recursive: true });
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const written: ExportedCard[] = [];
  for (const indicator of INDICATORS) {
    const rows = loadRows(indicator.dataset);
    const resource = resourceOf(indicator.dataset.name);
    const svg = cardSvg(indicator, rows, resource, { width, document: window.document });
    const svgText = svgFileText(svg);
    const png = new Resvg(svgText, {
      fitTo: { mode: 'zoom', value: scale },
      font: { loadSystemFonts: false, fontDirs: FONT_DIRS, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    }).render();
    const files = { svg: join(outDir, `${indicator.id}.svg`), png: join(outDir, `${indicator.id}.png`), csv: join(outDir, `${indicator.id}.csv`) };
    await Promise.all([
      writeFile(files.svg, svgText),
      writeFile(files.png, png.asPng()),
      writeFile(files.csv, toCSV(rows, resource.schema.fields)),
    ]);
    written.push({
      id: indicator.id,
      ...files,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      pngWidth: png.width,
      pngHeight: png.height,
    });
  }
  window.close();
  return written;
}
