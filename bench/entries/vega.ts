/**
 * vega-embed: the Vega-Lite version of each slot's chart, with vega-embed's default renderer
 * (canvas) unless the page sets `data-renderer="svg"` on `<main>`, and its action menu off.
 */
import vegaEmbed from 'vega-embed';
import { VEGA_SPECS } from './vega-specs.js';
import { benchDrawn, slots } from './slots.js';

const renderer = document.querySelector('main')?.dataset.renderer === 'svg' ? 'svg' : 'canvas';
for (const slot of slots()) {
  const spec = VEGA_SPECS[slot.dataset.indicator!]!(slot.clientWidth);
  void vegaEmbed(slot, spec, { actions: false, renderer }).then(() => benchDrawn(slot));
}
