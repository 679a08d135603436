/**
 * A card as an image a reader pastes into a document: the title and subtitle above, the chart
 * Plot drew, and the source line with the credit below. The card's Download SVG and PNG (in the
 * browser, in the card's colours and at its width) and `npm run export` (in jsdom, in DejaVu
 * Sans) both draw with `cardSvg`, so the two cannot drift apart. Built with the DOM of any
 * document, so that the text is escaped by the serializer, not by hand.
 */
import { type ChartOptions, headlineOf, type Indicator } from '../indicator.js';
import { type ChartColors, DEFAULT_COLORS, finishChart } from './chart.js';
import { DASHBOARD, sourceNames } from './citation.js';
import { type Resource, type Row, sourcesByPublisher } from './datapackage.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The credit after the source line. */
export const CREDIT = `Chart: ${DASHBOARD}`;

/** How the image looks; the defaults match the element's light theme, in DejaVu Sans. */
export interface CardStyle {
  /** A family the renderer can find, first; generic fallbacks after. */
  fontFamily: string;
  text: string;
  mutedText: string;
  background: string;
  /** Margin around everything, in pixels. */
  padding: number;
}

export const DEFAULT_CARD_STYLE: CardStyle = {
  fontFamily: "'DejaVu Sans', sans-serif",
  text: '#1b1f27',
  mutedText: '#4a5160',
  background: '#ffffff',
  padding: 16,
};

/** The image's style from the `--di-*` custom properties in force on an element: the card as the reader sees it. */
export function cardStyleOf(element: Element): CardStyle {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fontFamily: read('--di-font', DEFAULT_CARD_STYLE.fontFamily),
    text: read('--di-text', DEFAULT_CARD_STYLE.text),
    mutedText: read('--di-muted-text', DEFAULT_CARD_STYLE.mutedText),
    background: read('--di-background', DEFAULT_CARD_STYLE.background),
    padding: DEFAULT_CARD_STYLE.padding,
  };
}

/** One block of wrapped text: size, weight, colour, and a phrase not to break. */
interface TextBlock extends WrapOptions {
  text: string;
  size: number;
  color: string;
}

/**
 * Average advance of a character, in ems, for DejaVu Sans (bold is wider). Text is not measured
 * (there is no measuring without a browser, and the export has none); these are on the wide side,
 * and DejaVu is wider than most UI fonts, so lines wrap early rather than overflow.
 */
const EM_ADVANCE = { regular: 0.58, bold: 0.64 };
const LINE_HEIGHT = 1.3;
const SIZES = { title: 18, subtitle: 13, chart: 12, source: 11 };

export interface WrapOptions {
  bold?: boolean;
  /** Phrases kept on one line, e.g. the credit. */
  unbroken?: readonly string[];
}

/** Stands for a space that must not break while the text is wrapped. */
const GLUE = '\u0000';

/** Splits text into lines that fit `width` pixels at `size`, breaking at spaces. */
export function wrap(text: string, width: number, size: number, { bold = false, unbroken = [] }: WrapOptions = {}): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * (bold ? EM_ADVANCE.bold : EM_ADVANCE.regular))));
  const glued = unbroken.reduce((all, phrase) => all.replaceAll(phrase, phrase.replaceAll(' ', GLUE)), text);
  const lines: string[] = [];
  let line = '';
  for (const word of glued.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((glue) => glue.replaceAll(GLUE, ' '));
}

/**
 * The line under the chart: its sources, then the credit. One publisher is named alone
 * ("Source: SIPRI Military Expenditure Database, 2025 · Chart: defence-indicators"); several are
 * worded as the card's sources, each once with its releases.
 */
export function sourceLine({ sources }: Resource): string {
  const publishers = [...sourcesByPublisher(sources).keys()];
  const named = publishers.length === 1 ? `Source: ${publishers[0]}` : `Sources: ${sourceNames(sources)}`;
  return `${named} · ${CREDIT}`;
}

export interface CardSvgOptions {
  /** Width of the whole image in pixels; the chart is drawn at this less twice the padding. */
  width?: number;
  /** The document to create elements in: the page's in a browser, jsdom's in Node. */
  document?: Document;
  style?: CardStyle;
  /** The chart's colours, as the card's `--di-*` properties give them. */
  colors?: ChartColors;
  /** What the card shows in place of its own chart (an explored view): its subtitle and its chart. */
  view?: ShownView;
}

/** A chart the card shows in place of its own, with the subtitle that says what it shows. */
export interface ShownView {
  subtitle: string;
  chart(options: ChartOptions): { chart: Element; description: string };
}

/** The standalone SVG of one indicator's card: title, subtitle, chart, source line and credit. */
export function cardSvg(
  indicator: Indicator<Row>,
  rows: Row[],
  resource: Resource,
  { width = 800, document = globalThis.document, style = DEFAULT_CARD_STYLE, colors = DEFAULT_COLORS, view }: CardSvgOptions = {},
): SVGSVGElement {
  const { padding } = style;
  const inner = width - 2 * padding;
  const svg = element(document, 'svg', { 'font-family': style.fontFamily, color: style.text }) as SVGSVGElement;
  const background = element(document, 'rect', { fill: style.background });
  svg.append(background);

  let y = padding;
  const addText = ({ text, size, color, ...wrapping }: TextBlock) => {
    const node = element(document, 'text', { 'font-size': size, fill: color, ...(wrapping.bold ? { 'font-weight': 'bold' } : {}) });
    for (const line of wrap(text, inner, size, wrapping)) {
      y += size * LINE_HEIGHT;
      const tspan = element(document, 'tspan', { x: padding, y: Math.round(y - size * (LINE_HEIGHT - 1)) });
      tspan.textContent = line;
      node.append(tspan);
    }
    svg.append(node);
  };

  addText({ text: headlineOf(indicator, rows), size: SIZES.title, bold: true, color: style.text });
  addText({ text: view?.subtitle ?? indicator.subtitle, size: SIZES.subtitle, color: style.mutedText });
  y += padding / 2;

  const options = { width: inner, document, colors };
  const shown = view?.chart(options) ?? { chart: indicator.chart(rows, options), description: indicator.describe(rows) };
  const chart = plotSvg(finishChart(shown.chart, shown.description));
  const chartHeight = Number(chart.getAttribute('height'));
  chart.setAttribute('x', String(padding));
  chart.setAttribute('y', String(y));
  // The element's stylesheet sets the chart's font in the card; here it is an attribute.
  chart.setAttribute('font-family', style.fontFamily);
  chart.setAttribute('font-size', String(SIZES.chart));
  // As in the card: end labels may run into the padding rather than be cut.
  chart.setAttribute('overflow', 'visible');
  chart.removeAttribute('class');
  svg.append(chart);
  y += chartHeight + padding / 2;

  addText({ text: sourceLine(resource), size: SIZES.source, color: style.mutedText, unbroken: [`· ${CREDIT}`] });
  const height = Math.ceil(y + padding);
  for (const node of [svg, background]) {
    node.setAttribute('width', String(width));
    node.setAttribute('height', String(height));
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Labels keep their spaces, as in the card, where Plot's rules set `white-space: pre`; on each
  // text, because browsers do not inherit `xml:space`.
  for (const text of svg.querySelectorAll('text')) text.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  return svg;
}

/** The SVG as a file: an XML declaration, then the markup, serialized by the SVG's own document. */
export function svgFileText(svg: SVGSVGElement): string {
  const serializer = new svg.ownerDocument.defaultView!.XMLSerializer();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}\n`;
}

/**
 * The chart's SVG. Plot returns a `<figure>` when a chart has a legend; the image keeps the
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
