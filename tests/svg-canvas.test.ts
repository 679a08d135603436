/**
 * The canvas painter behind Download PNG (`src/lib/svg-canvas.ts`), on a small SVG of the subset
 * Plot writes, with a fake 2D context that records what would be painted, where and how.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Canvas2D, paintSvg } from '../src/lib/svg-canvas.js';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = ([a, b, c, d, e, f]: Matrix, [a2, b2, c2, d2, e2, f2]: Matrix): Matrix => [
  a * a2 + c * b2,
  b * a2 + d * b2,
  a * c2 + c * d2,
  b * c2 + d * d2,
  a * e2 + c * f2 + e,
  b * e2 + d * f2 + f,
];
const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number) => [a * x + c * y + e, b * x + d * y + f].map((v) => Math.round(v * 1000) / 1000);

/** A path as the fake makes it: its data, for the test to read. */
interface FakePath {
  d: string;
}

/** One painting call: what, where (the point (0, 0) and a text's position, through the transform), with what state. */
interface Call {
  op: 'fill' | 'stroke' | 'clip' | 'fillText' | 'strokeText';
  d?: string;
  text?: string;
  at: number[];
  fillStyle: string;
  strokeStyle: string;
  globalAlpha: number;
  lineWidth: number;
  dash: number[];
  font: string;
  textAlign: CanvasTextAlign;
  fillRule?: CanvasFillRule;
}

/** Records calls; keeps the transform and state stack as a canvas does. */
class FakeContext implements Canvas2D {
  calls: Call[] = [];
  fillStyle: string | CanvasGradient | CanvasPattern = '#000000';
  strokeStyle: string | CanvasGradient | CanvasPattern = '#000000';
  globalAlpha = 1;
  lineWidth = 1;
  lineJoin: CanvasLineJoin = 'miter';
  lineCap: CanvasLineCap = 'butt';
  miterLimit = 10;
  font = '10px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  private dash: number[] = [];
  private matrix: Matrix = IDENTITY;
  private stack: Array<Record<string, unknown>> = [];
  private readonly saved = ['fillStyle', 'strokeStyle', 'globalAlpha', 'lineWidth', 'lineJoin', 'lineCap', 'miterLimit', 'font', 'textAlign', 'dash', 'matrix'] as const;

  save(): void {
    this.stack.push(Object.fromEntries(this.saved.map((key) => [key, this[key as keyof this]])));
  }
  restore(): void {
    Object.assign(this, this.stack.pop());
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.matrix = multiply(this.matrix, [a, b, c, d, e, f]);
  }
  setLineDash(segments: number[]): void {
    this.dash = segments;
  }
  fill(path: Path2D | CanvasFillRule = 'nonzero', fillRule?: CanvasFillRule): void {
    this.record('fill', { d: (path as unknown as FakePath).d, fillRule });
  }
  stroke(path?: Path2D): void {
    this.record('stroke', { d: (path as unknown as FakePath).d });
  }
  clip(path?: Path2D | CanvasFillRule): void {
    this.record('clip', { d: (path as unknown as FakePath).d });
  }
  fillText(text: string, x: number, y: number): void {
    this.record('fillText', { text, at: apply(this.matrix, x, y) });
  }
  strokeText(text: string, x: number, y: number): void {
    this.record('strokeText', { text, at: apply(this.matrix, x, y) });
  }
  private record(op: Call['op'], extra: Partial<Call>): void {
    this.calls.push({
      op,
      at: apply(this.matrix, 0, 0),
      fillStyle: String(this.fillStyle),
      strokeStyle: String(this.strokeStyle),
      globalAlpha: this.globalAlpha,
      lineWidth: this.lineWidth,
      dash: this.dash,
      font: this.font,
      textAlign: this.textAlign,
      ...extra,
    });
  }
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 100 50" font-family="Georgia, serif" font-size="10">
  <clipPath id="plot-clip-1"><rect x="0" y="0" width="40" height="30"/></clipPath>
  <title>Not painted</title>
  <g transform="translate(10,20)" fill="currentColor" color="#123456" stroke-width="2">
    <rect x="1" y="2" width="3" height="4"/>
    <rect x="1" y="2" width="0" height="4"/>
    <path d="M0,0L5,5" fill="none" stroke="red" stroke-dasharray="4,3"/>
    <circle cx="5" cy="5" r="2" fill-opacity="0.5" opacity="0.5"/>
  </g>
  <g clip-path="url(#plot-clip-1)"><line x1="0" y1="0" x2="60" y2="60" stroke="blue"/></g>
  <g transform="rotate(90, 10, 0)"><path d="M1,1Z" fill-rule="evenodd"/></g>
  <text x="10" y="0.5em" font-size="20" font-weight="bold" text-anchor="middle" fill="#b42318" stroke="white" paint-order="stroke">Japan<tspan x="10" dy="1.1em" fill="#1d5a8c">2014</tspan></text>
  <svg x="50" y="5" width="40" height="20" viewBox="0 0 20 10"><g display="none"><rect width="5" height="5"/></g><rect width="5" height="5" fill="green"/></svg>
</svg>`;

describe('paintSvg', () => {
  let calls: Call[];
  beforeAll(() => {
    const svg = new new JSDOM('').window.DOMParser().parseFromString(SVG, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    const ctx = new FakeContext();
    paintSvg(ctx, svg, { createPath: (d) => ({ d }) as unknown as Path2D });
    calls = ctx.calls;
  });
  const find = (op: Call['op'], what: string) => calls.filter((call) => call.op === op && (call.d === what || call.text === what));

  it('paints shapes as path data, through the transforms and the root viewBox', () => {
    const [rect] = find('fill', 'M1,2h3v4h-3Z');
    // The root maps 100 × 50 user units onto 200 × 100: everything is scaled by 2.
    expect(rect?.at).toEqual([20, 40]);
    expect(rect?.fillStyle).toBe('#123456'); // currentColor, from the group's color
  });

  it('strokes with the inherited width and the element’s dash array, and does not fill `fill="none"`', () => {
    const [stroke] = find('stroke', 'M0,0L5,5');
    expect(stroke).toMatchObject({ strokeStyle: 'red', lineWidth: 2, dash: [4, 3] });
    expect(find('fill', 'M0,0L5,5')).toEqual([]);
  });

  it('multiplies opacity by fill-opacity, and restores it after', () => {
    const [circle] = find('fill', 'M3,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0Z');
    expect(circle?.globalAlpha).toBe(0.25);
    expect(calls.filter((call) => call.globalAlpha !== 1).map((call) => call.d)).toEqual([circle!.d]);
  });

  it('clips to the clipPath the group names before painting inside it, and only strokes a line', () => {
    const clip = calls.findIndex((call) => call.op === 'clip');
    expect(calls[clip]?.d).toBe('M0,0h40v30h-40Z');
    expect(calls[clip + 1]).toMatchObject({ op: 'stroke', d: 'M0,0L60,60', strokeStyle: 'blue' });
  });

  it('rotates about a point, and passes the fill rule', () => {
    const [dot] = find('fill', 'M1,1Z');
    // rotate(90, 10, 0) takes (0, 0) to (10, -10); the root's scale doubles it.
    expect(dot?.at).toEqual([20, -20]);
    expect(dot?.fillRule).toBe('evenodd');
  });

  it('paints text with its font, anchor and em offsets, the halo (stroke) under the fill', () => {
    const japan = calls.filter((call) => call.text === 'Japan');
    expect(japan.map((call) => call.op)).toEqual(['strokeText', 'fillText']);
    expect(japan[1]).toMatchObject({ fillStyle: '#b42318', font: 'normal bold 20px Georgia, serif', textAlign: 'center', at: [20, 20] });
    expect(japan[0]).toMatchObject({ strokeStyle: 'white', lineWidth: 1 });
  });

  it('moves the pen for a tspan, which inherits the text’s style and sets its own fill', () => {
    const [year] = find('fillText', '2014');
    // y = 0.5em + 1.1em at 20 px = 32 user units, doubled.
    expect(year).toMatchObject({ fillStyle: '#1d5a8c', font: 'normal bold 20px Georgia, serif', at: [20, 64] });
  });

  it('places a nested svg at its x and y, scaled by its own viewBox, and skips display="none"', () => {
    const squares = find('fill', 'M0,0h5v5h-5Z');
    expect(squares).toHaveLength(1);
    expect(squares[0]).toMatchObject({ fillStyle: 'green', at: [100, 10] });
  });

  it('paints nothing for a title, a clipPath’s own shapes or a zero-width rect', () => {
    expect(calls.some((call) => call.text?.includes('Not painted'))).toBe(false);
    expect(find('fill', 'M0,0h40v30h-40Z')).toEqual([]);
    expect(calls.some((call) => call.d?.includes('h0'))).toBe(false);
  });
});
