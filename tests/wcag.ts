/** WCAG 2.2 contrast, for the palette test and the browser tests. */

/** Relative luminance of an sRGB colour given as [r, g, b] in 0–255. */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r! / 255) + 0.7152 * linear(g! / 255) + 0.0722 * linear(b! / 255);
}

/** Contrast ratio of two colours, from 1 to 21. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** [r, g, b] of `#rrggbb` or of a computed `rgb(r, g, b)` / `rgba(…)`; undefined for anything else. */
export function parseColor(color: string): number[] | undefined {
  const hex = color.match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16));
  const fn = color.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  return fn ? fn.slice(1, 4).map(Number) : undefined;
}
