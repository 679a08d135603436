/** What the comparison pages share: their slots, and the harness's "drawn" mark (see `bench/pages.ts`). */

/** The page's chart slots, in order. */
export function slots(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-slot]')];
}

/** Tells the page's harness that the chart in this slot is in the document. */
export function benchDrawn(slot: Element): void {
  (window as unknown as { __bench: { drawn(slot: Element): void } }).__bench.drawn(slot);
}
