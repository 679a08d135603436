/**
 * The HTML of the benchmark pages. All three variants get the same page: the same column,
 * the same slots in the same order, one classic script at the end of the body, and the same
 * in-page harness that records when each slot's chart was drawn (`performance.now()`, whose
 * origin is the navigation start) and drives the scrolling.
 */

/** The three ways of putting the same charts on a page. */
export type Variant = 'ours' | 'vega' | 'plot';

export const VARIANTS: readonly Variant[] = ['ours', 'vega', 'plot'];

/** Width of the page's column; the charts follow it. */
export const COLUMN_WIDTH = 720;

/** What the harness returns once the cards in the first viewport are drawn. */
export interface FirstScreen {
  /** Latest draw time among those cards, ms from navigation start. */
  time: number;
  /** How many cards were in the viewport. */
  cards: number;
}

/** What the harness returns once every card has been drawn, after scrolling to the bottom. */
export interface AllDrawn {
  /** Latest draw time among all cards, ms from navigation start. */
  time: number;
  cards: number;
}

/**
 * Runs in the page, before any chart script. Ours reports drawing with the `di-render` event
 * (marked once the element's update has put the SVG in its shadow root); the comparison pages
 * call `__bench.drawn(slot)` right after their chart is in the document.
 */
function harness(): void {
  const marks = new Map<Element, number>();
  const slots = () => [...document.querySelectorAll('[data-slot]')];
  const latest = (elements: Element[]) => Math.max(...elements.map((el) => marks.get(el)!));
  const inViewport = (el: Element) => {
    const { top, bottom } = el.getBoundingClientRect();
    return bottom > 0 && top < innerHeight;
  };
  const bench = {
    renders: 0,
    drawn(slot: Element) {
      if (!marks.has(slot)) marks.set(slot, performance.now());
    },
    /** Resolves once every card in the viewport is drawn, without scrolling; a scorecard once it lists its claims. */
    firstScreen: () =>
      new Promise<{ time: number; cards: number }>((resolve) => {
        const poll = () => {
          for (const scorecard of document.querySelectorAll('defence-scorecard[data-slot]'))
            if (scorecard.shadowRoot?.querySelector('tr[data-status]')) bench.drawn(scorecard);
          const visible = slots().filter(inViewport);
          if (visible.length && visible.every((el) => marks.has(el))) resolve({ time: latest(visible), cards: visible.length });
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    /** Scrolls down one viewport per animation frame until every card is drawn. */
    scrollThrough: () =>
      new Promise<{ time: number; cards: number }>((resolve) => {
        const step = () => {
          const all = slots();
          if (all.every((el) => marks.has(el))) return resolve({ time: latest(all), cards: all.length });
          if (scrollY + innerHeight < document.documentElement.scrollHeight) scrollBy(0, innerHeight);
          requestAnimationFrame(step);
        };
        step();
      }),
  };
  document.addEventListener('di-render', (event) => {
    bench.renders++;
    const card = event.target as Element & { updateComplete: Promise<unknown> };
    void card.updateComplete.then(() => bench.drawn(card));
  });
  (window as unknown as { __bench: typeof bench }).__bench = bench;
}

const STYLE = `
  body { margin: 0; font-family: system-ui, sans-serif; }
  main { max-width: ${COLUMN_WIDTH}px; margin: 0 auto; padding: 1rem; }
  [data-slot] { display: block; margin: 0 0 1.5rem; }
`;

/**
 * A page with one slot per id, in order. Ours uses the element as an author would paste it
 * (with `attributes`, e.g. a preset explored view, and the `scorecard` above, as the dashboard's
 * first screen has it); the others a plain `<div>` that their script fills.
 */
export function benchPage(
  variant: Variant,
  ids: readonly string[],
  script: string,
  { vegaRenderer = 'canvas', attributes = '', scorecard = false }: { vegaRenderer?: 'canvas' | 'svg'; attributes?: string; scorecard?: boolean } = {},
): string {
  const slot = (id: string, i: number) =>
    variant === 'ours'
      ? `<defence-indicator indicator="${id}" data-slot="${i}"${attributes}></defence-indicator>`
      : `<div class="bench-chart" data-indicator="${id}" data-slot="${i}"></div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${variant}, ${ids.length} cards</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script>var __name = (f) => f; // tsx keeps function names with a helper the page lacks
(${harness.toString()})();</script>
</head>
<body>
<main data-renderer="${vegaRenderer}">
${scorecard ? '<defence-scorecard data-slot="scorecard"></defence-scorecard>\n' : ''}${ids.map(slot).join('\n')}
</main>
<script src="${script}"></script>
</body>
</html>`;
}

/** `count` ids taken round-robin from the registry: all indicators, repeated. */
export function repeatIds(ids: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => ids[i % ids.length]!);
}
