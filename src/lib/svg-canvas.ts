/**
 * Paints an SVG element onto a 2D canvas by walking its elements, without loading it as an image.
 * Under a strict Content-Security-Policy (`default-src 'self'`) `img-src` falls back to 'self',
 * so drawing the SVG through `new Image()` with a blob: or data: URL is blocked; this is not.
 *
 * It covers the subset that Observable Plot and `cardSvg` write:
 * - elements: `svg` (x, y, viewBox), `g`, `a`, `path` (through `Path2D`), `rect`, `circle`,
 *   `line`, `text` and `tspan`; anything else (`title`, `clipPath`, `defs`, …) is not painted;
 * - `transform`: translate, scale, rotate (about a point too) and matrix;
 * - presentation attributes, inherited from the parent as in SVG: fill, stroke, `currentColor`
 *   (from `color`), fill-, stroke- and element opacity, stroke width, dash array, line join, cap
 *   and miter limit, fill rule, paint order, font family, size, weight and style, text-anchor;
 * - text positions x, y, dx and dy in pixels or ems (first value only); a tspan moves the pen,
 *   a run of text does not (each line that Plot and `cardSvg` write sets its own x);
 * - `clip-path: url(#id)` to a `clipPath` of shapes, in the user space of the clipped element.
 * Not covered, because Plot and `cardSvg` do not write them for these charts: CSS (`style`
 * attributes, stylesheets), gradients, patterns, markers, images, filters, masks, nested SVG
 * clipping (`overflow` is taken as visible) and `textPath`. Text is painted with its spaces as
 * written, as `xml:space="preserve"` (which `cardSvg` sets on each text) and Plot's `white-space: pre` want.
 */

/** The part of `CanvasRenderingContext2D` the painter uses, so that a test can record the calls. */
export type Canvas2D = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'transform'
  | 'clip'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'globalAlpha'
  | 'lineWidth'
  | 'lineJoin'
  | 'lineCap'
  | 'miterLimit'
  | 'font'
  | 'textAlign'
>;

export interface PaintOptions {
  /** Makes a path from SVG path data; `new Path2D(d)` unless a test records it instead. */
  createPath?: (d: string) => Path2D;
}

/** Presentation attributes that inherit, with SVG's initial values. */
const INHERITED = {
  fill: 'black',
  stroke: 'none',
  color: 'black',
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'fill-rule': 'nonzero',
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'stroke-linecap': 'butt',
  'stroke-miterlimit': '4',
  'paint-order': 'normal',
  'font-family': 'sans-serif',
  'font-size': '16',
  'font-weight': 'normal',
  'font-style': 'normal',
  'text-anchor': 'start',
};
type Style = Record<keyof typeof INHERITED, string>;
type Paint = Required<PaintOptions> & { root: Element };

const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };

/** Paints `svg` and everything in it, in its own user units: scale the context first for more pixels. */
export function paintSvg(ctx: Canvas2D, svg: SVGSVGElement, { createPath = (d) => new Path2D(d) }: PaintOptions = {}): void {
  paintElement(ctx, svg, INHERITED, { createPath, root: svg });
}

export interface RasteriseOptions {
  /** Pixels per SVG unit: 2 prints sharply at the width of a page. */
  scale?: number;
}

/** The SVG as a PNG, `scale` times its `width` and `height` attributes, painted without loading any image. */
export function svgToPng(svg: SVGSVGElement, { scale = 2 }: RasteriseOptions = {}): Promise<Blob> {
  const canvas = svg.ownerDocument.createElement('canvas');
  canvas.width = Math.round(Number(svg.getAttribute('width')) * scale);
  canvas.height = Math.round(Number(svg.getAttribute('height')) * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('this browser cannot draw on a canvas'));
  ctx.scale(scale, scale);
  paintSvg(ctx, svg);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}

function paintElement(ctx: Canvas2D, node: Element, inherited: Style, paint: Paint): void {
  if (node.getAttribute('display') === 'none') return;
  const style = styleOf(node, inherited);
  ctx.save();
  applyTransform(ctx, node.getAttribute('transform'));
  if (node.localName === 'svg') placeViewport(ctx, node);
  ctx.globalAlpha *= number(node.getAttribute('opacity'), 1);
  clipTo(ctx, node.getAttribute('clip-path'), paint);
  switch (node.localName) {
    case 'svg':
    case 'g':
    case 'a':
      for (const child of node.children) paintElement(ctx, child, style, paint);
      break;
    case 'text':
      paintText(ctx, node, style, { x: 0, y: 0 });
      break;
    default: {
      const d = shapePath(node);
      // A line encloses nothing: it is only stroked.
      if (d) paintShape(ctx, paint.createPath(d), node.localName === 'line' ? { ...style, fill: 'none' } : style);
    }
  }
  ctx.restore();
}

/** The element's presentation attributes over those it inherits. */
function styleOf(node: Element, inherited: Style): Style {
  const style = { ...inherited };
  for (const name of Object.keys(INHERITED) as Array<keyof Style>) style[name] = node.getAttribute(name) ?? style[name];
  return style;
}

/** A nested `<svg>`: moved to its x and y, its viewBox scaled to its width and height. */
function placeViewport(ctx: Canvas2D, svg: Element): void {
  ctx.transform(1, 0, 0, 1, number(svg.getAttribute('x'), 0), number(svg.getAttribute('y'), 0));
  const box = svg.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box?.length !== 4 || !(box[2]! > 0 && box[3]! > 0)) return;
  const [minX, minY, width, height] = box as [number, number, number, number];
  const sx = number(svg.getAttribute('width'), width) / width;
  const sy = number(svg.getAttribute('height'), height) / height;
  ctx.transform(sx, 0, 0, sy, -minX * sx, -minY * sy);
}

function applyTransform(ctx: Canvas2D, transform: string | null): void {
  for (const [, name, args] of (transform ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const values = args!.trim().split(/[\s,]+/).map(Number);
    const [a = 0, b, c = 0] = values;
    if (name === 'translate') ctx.transform(1, 0, 0, 1, a, b ?? 0);
    else if (name === 'scale') ctx.transform(a, 0, 0, b ?? a, 0, 0);
    else if (name === 'rotate') {
      // About (b, c) when given: translate(b, c) rotate(a) translate(-b, -c).
      const [cos, sin, cx, cy] = [Math.cos((a * Math.PI) / 180), Math.sin((a * Math.PI) / 180), b ?? 0, c];
      ctx.transform(cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy);
    } else if (name === 'matrix' && values.length === 6) ctx.transform(...(values as [number, number, number, number, number, number]));
  }
}

/** Clips to the shapes of the `clipPath` that `url(#id)` names, if the SVG has it. */
function clipTo(ctx: Canvas2D, reference: string | null, { root, createPath }: Paint): void {
  const id = reference?.match(/^url\(\s*["']?#([^"')]+)["']?\s*\)$/)?.[1];
  if (!id) return;
  const clip = [...root.getElementsByTagName('clipPath')].find((node) => node.id === id);
  if (clip) ctx.clip(createPath([...clip.children].map(shapePath).join(' ')));
}

/** Path data for a shape element; empty for anything else, and for a shape that draws nothing. */
function shapePath(node: Element): string {
  const n = (name: string) => number(node.getAttribute(name), 0);
  switch (node.localName) {
    case 'path':
      return node.getAttribute('d') ?? '';
    case 'rect': {
      const [x, y, width, height] = [n('x'), n('y'), n('width'), n('height')];
      return width > 0 && height > 0 ? `M${x},${y}h${width}v${height}h${-width}Z` : '';
    }
    case 'circle': {
      const [cx, cy, r] = [n('cx'), n('cy'), n('r')];
      return r > 0 ? `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z` : '';
    }
    case 'line':
      return `M${n('x1')},${n('y1')}L${n('x2')},${n('y2')}`;
    default:
      return '';
  }
}

function paintShape(ctx: Canvas2D, path: Path2D, style: Style): void {
  const fill = () => withPaint(ctx, style, 'fill', () => ctx.fill(path, style['fill-rule'] === 'evenodd' ? 'evenodd' : 'nonzero'));
  const stroke = () => withPaint(ctx, style, 'stroke', () => ctx.stroke(path));
  paintInOrder(style, fill, stroke);
}

/** Fill, then stroke; or the other way round with `paint-order="stroke"` (Plot's halo behind labels). */
function paintInOrder(style: Style, fill: () => void, stroke: () => void): void {
  if (style['paint-order'].trim().startsWith('stroke')) {
    stroke();
    fill();
  } else {
    fill();
    stroke();
  }
}

/** Sets the fill or stroke colour, opacity and line style, paints, and puts the opacity back. */
function withPaint(ctx: Canvas2D, style: Style, kind: 'fill' | 'stroke', draw: () => void): void {
  const value = style[kind].trim();
  if (value === 'none' || value.startsWith('url(')) return;
  const color = value.toLowerCase() === 'currentcolor' ? style.color : value;
  const alpha = ctx.globalAlpha;
  ctx.globalAlpha = alpha * number(style[`${kind}-opacity`], 1);
  if (kind === 'fill') ctx.fillStyle = color;
  else {
    ctx.strokeStyle = color;
    ctx.lineWidth = number(style['stroke-width'], 1);
    ctx.lineJoin = style['stroke-linejoin'] as CanvasLineJoin;
    ctx.lineCap = style['stroke-linecap'] as CanvasLineCap;
    ctx.miterLimit = number(style['stroke-miterlimit'], 4);
    const dashes = style['stroke-dasharray'] === 'none' ? [] : style['stroke-dasharray'].split(/[\s,]+/).map(Number);
    ctx.setLineDash(dashes.every((dash) => dash >= 0) ? dashes : []);
  }
  draw();
  ctx.globalAlpha = alpha;
}

interface Pen {
  x: number;
  y: number;
}

/** Paints a `<text>` or `<tspan>` at the pen, which its x, y, dx and dy move, and which its tspans move on from. */
function paintText(ctx: Canvas2D, node: Element, style: Style, pen: Pen): void {
  const size = number(style['font-size'], 16);
  const length = (name: string) => {
    const value = node.getAttribute(name)?.trim().split(/[\s,]+/)[0];
    return value === undefined ? undefined : value.endsWith('em') ? parseFloat(value) * size : parseFloat(value);
  };
  pen.x = (length('x') ?? pen.x) + (length('dx') ?? 0);
  pen.y = (length('y') ?? pen.y) + (length('dy') ?? 0);
  for (const child of node.childNodes) {
    if (child.nodeType === child.ELEMENT_NODE && (child as Element).localName === 'tspan') {
      paintText(ctx, child as Element, styleOf(child as Element, style), pen);
    } else if (child.nodeType === child.TEXT_NODE && child.textContent) {
      paintRun(ctx, child.textContent, style, pen, size);
    }
  }
}

function paintRun(ctx: Canvas2D, text: string, style: Style, pen: Pen, size: number): void {
  ctx.font = `${style['font-style']} ${style['font-weight']} ${size}px ${style['font-family']}`;
  ctx.textAlign = ALIGN[style['text-anchor']] ?? 'left';
  const { x, y } = pen;
  paintInOrder(
    style,
    () => withPaint(ctx, style, 'fill', () => ctx.fillText(text, x, y)),
    () => withPaint(ctx, style, 'stroke', () => ctx.strokeText(text, x, y)),
  );
}

function number(value: string | null | undefined, fallback: number): number {
  const parsed = parseFloat(value ?? '');
  return Number.isFinite(parsed) ? parsed : fallback;
}
