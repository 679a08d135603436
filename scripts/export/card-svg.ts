/**
 * A card's chart as one standalone SVG for Word or PDF reports: the title (and subtitle) above,
 * the chart Plot drew, and the source line below. Built with the DOM of any document (jsdom's in
 * Node), so that the text is escaped by the serializer, not by hand.
 */
import { headlineOf, type Indicator } from '../../src/indicator.js';
import { DEFAULT_COLORS, finishChart } from '../../src/lib/chart.js';
import { type Resource, type Row, sourcesByPublisher } from '../../src/lib/datapackage.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** How the standalone card looks; defaults match the element's light theme. */
export interface CardStyle {
  /** A family the rasteriser can find, first; generic fallbacks after. */
  fontFamily: string;
  text: string;
  mutedText: string;
  background: string;
  padding: number;
}

export const DEFAULT_CARD_STYLE: CardStyle = {
  fontFamily: "'DejaVu Sans', sans-serif",
  text: '#1b1f27',
  mutedText: '#4a5160',
  background: '#ffffff',
  padding: 16,
};

/** One block of wrapped text: size, weight, colour. */
interface TextBlock {
  text: string;
  size: number;
  bold?: boolean;
  color: string;
}

/**
 * Average advance of a character, in ems, for DejaVu Sans (bold is wider). No text measurement
 * exists without a browser; these are on the wide side so that lines wrap early rather than overflow.
 */
const EM_ADVANCE = { regular: 0.58, bold: 0.64 };
const LINE_HEIGHT = 1.3;

/** Splits text into lines that fit `width` pixels at `size`, breaking at spaces. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * (bold ? EM_ADVANCE.bold : EM_ADVANCE.regular))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The source line under the chart, worded as the card's sources part, each publisher named once. */
export function sourceLine(resource: Resource): string {
  const publishers = [...sourcesByPublisher(resource.sources)].map(([title, pages]) => {
    const versions = [...new Set(pages.flatMap((page) => page.version ?? []))];
    return versions.length ? `${title} (${versions.join(', ')})` : title;
  });
  return `Source${publishers.length > 1 ? 's' : ''}: ${publishers.join('; ')}.`;
}

export interface CardSvgOptions {
  /** Width of the whole image in pixels; the chart gets this less the padding. */
  width?: number;
  document: Document;
  style?: CardStyle;
}

/** The standalone SVG of one indicator's chart with its title and source line. */
export function cardSvg(
  indicator: Indicator<Row>,
  rows: Row[],
  resource: Resource,
  { width = 800, document, style = DEFAULT_CARD_STYLE }: CardSvgOptions,
): SVGSVGElement {
  const { padding } = style;
  const inner = width - 2 * padding;
  const svg = element(document, 'svg', { 'font-family': style.fontFamily, color: style.text }) as SVGSVGElement;
  svg.append(element(document, 'rect', { width: '100%', height: '100%', fill: style.background }));

  let y = padding;
  const addText = ({ text, size, bold = false, color }: TextBlock) => {
    const node = element(document, 'text', { 'font-size': size, fill: color, ...(bold ? { 'font-weight': 'bold' } : {}) });
    for (const line of wrap(text, inner, size, bold)) {
      y += size * LINE_HEIGHT;
      const tspan = element(document, 'tspan', { x: padding, y: Math.round(y - size * (LINE_HEIGHT - 1)) });
      tspan.textContent = line;
      node.append(tspan);
    }
    svg.append(node);
  };

  addText({ text: headlineOf(indicator, rows), size: 18, bold: true, color: style.text });
  addText({ text: indicator.subtitle, size: 13, color: style.mutedText });
  y += padding / 2;

  const chart = plotSvg(finishChart(indicator.chart(rows, { width: inner, document, colors: DEFAULT_COLORS }), indicator.describe(rows)));
  const chartHeight = Number(chart.getAttribute('height'));
  chart.setAttribute('x', String(padding));
  chart.setAttribute('y', String(y));
  // The element's stylesheet sets the chart's font in a browser; here it is an attribute.
  chart.setAttribute('font-family', style.fontFamily);
  chart.setAttribute('font-size', '12');
  // As in the card: end labels may run into the padding rather than be cut.
  chart.setAttribute('overflow', 'visible');
  chart.removeAttribute('class');
  svg.append(chart);
  y += chartHeight + padding / 2;

  addText({ text: sourceLine(resource), size: 11, color: style.mutedText });
  const height = Math.ceil(y + padding);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
}

/**
 * The chart's SVG. Plot returns a `<figure>` when a chart has a legend; the export keeps the
 * main SVG (the last one, after any swatches): every chart labels its series in the plot itself.
 */
function plotSvg(chart: Element): SVGSVGElement {
  if (chart.localName === 'svg') return chart as SVGSVGElement;
  const svgs = [...chart.querySelectorAll('svg')].filter((s) => !s.closest('[class*="swatch"]'));
  const main = svgs[svgs.length - 1];
  if (!main) throw new Error('the chart has no SVG');
  return main;
}

function element(document: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node as SVGElement;
}
